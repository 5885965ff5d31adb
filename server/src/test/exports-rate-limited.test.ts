/**
 * Exports per IP: 30 a minute in all, whatever the formats (rendering a PDF or a Word file is
 * the most expensive thing a client can ask for). The one past the limit is a 429 JSON error;
 * other addresses and other routes are not affected.
 */
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';

const EXPORTS_PER_MINUTE = 30;

describe('exports per IP', () => {
  const suite = serverForSuite();

  it('allows 30 exports a minute across every format, then answers 429 with a JSON error', async () => {
    const { server } = suite;
    const board = await createBoard(server.url);
    const auth = { authorization: `Bearer ${board.facilitatorKey}` };
    const exportAs = (format: string, remoteAddress = '127.0.0.1') =>
      server.app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/export.${format}`,
        headers: auth,
        remoteAddress,
      });

    const formats = ['json', 'csv', 'md', 'xlsx', 'docx', 'pdf'];
    // Every format once (the expensive ones only once: rendering a PDF takes a while), the rest cheap ones.
    const sequence = [
      ...formats,
      ...Array.from({ length: EXPORTS_PER_MINUTE - formats.length }, (_, i) => formats[i % 3]),
    ];
    const statuses: number[] = [];
    for (const format of sequence) statuses.push((await exportAs(format as string)).statusCode);
    expect(statuses).toEqual(Array(EXPORTS_PER_MINUTE).fill(200));

    // The 31st, in any format, is refused: the budget is one, not one per format.
    for (const format of formats) {
      const res = await exportAs(format);
      expect(res.statusCode, format).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().error.code).toBe('RATE_LIMITED');
      expect(typeof res.json().error.message).toBe('string');
      expect(res.body).not.toMatch(/\bat\s+\S+\.(ts|js|mjs):\d+/);
    }

    // Another address still may; the board itself is still there for everyone.
    expect((await exportAs('json', '192.0.2.7')).statusCode).toBe(200);
    const info = await server.app.inject({ method: 'GET', url: `/api/boards/${board.id}`, headers: auth });
    expect(info.statusCode).toBe(200);
  });
});
