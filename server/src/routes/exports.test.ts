import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillRichBoard } from '../export/testFixtures.js';
import { boardWith, download } from '../export/testHttp.js';
import { startServer, type TestServer } from '../test/startServer.js';

const TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

describe('export routes', () => {
  let server: TestServer;
  let board: { id: string; facilitatorKey: string };
  beforeAll(async () => {
    server = await startServer();
    board = await boardWith(server, (doc) => fillRichBoard(doc));
  });
  afterAll(() => server.close());

  it.each(Object.entries(TYPES))('serves export.%s with its content type and a safe file name', async (ext, type) => {
    const res = await download(server, `/api/boards/${board.id}/export.${ext}`, board.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="studiedag-plg-een-team-\\d{4}-\\d{2}-\\d{2}\\.${ext}"; `),
    );
    expect(disposition).toContain("filename*=UTF-8''Studiedag%20PLG%20%E2%80%94%20%C3%89%C3%A9n%20team");
    expect(res.body.length).toBeGreaterThan(100);
  });

  it('refuses a missing key (401), a wrong key (403) and an unknown board (404) as JSON errors', async () => {
    const missing = await download(server, `/api/boards/${board.id}/export.pdf`);
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body.toString()).error.code).toBe('UNAUTHORIZED');
    const wrong = await download(server, `/api/boards/${board.id}/export.csv`, 'not-the-key');
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body.toString()).error).toEqual({ code: 'FORBIDDEN', message: 'Wrong facilitator key.' });
    const participantKey = await download(server, `/api/boards/${board.id}/export.json`, board.id);
    expect(participantKey.status).toBe(403);
    const unknown = await download(server, `/api/boards/${'x'.repeat(22)}/export.json`, board.facilitatorKey);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body.toString()).error.code).toBe('NOT_FOUND');
    const badQuery = await download(server, `/api/boards/${board.id}/export.csv?lang=fr`, board.facilitatorKey);
    expect(badQuery.status).toBe(400);
  });
});
