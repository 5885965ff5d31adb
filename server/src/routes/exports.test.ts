import { addNote, newSecret, notesOf, participantIdOf, profileOf } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillRichBoard } from '../export/testFixtures.js';
import { boardWith, download } from '../export/testHttp.js';
import { command, join } from '../test/sessionClient.js';
import { createBoard, startServer, type TestServer } from '../test/startServer.js';
import { until } from '../test/yClient.js';

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

  it('names each note’s author as the participant called themselves, and nobody in anonymous mode', async () => {
    const fresh = await createBoard(server.url, { title: 'Namen', template: 'plg', lang: 'nl' });
    const [anneSecret, bramSecret] = [newSecret(), newSecret()];
    const anne = await join(server.wsUrl, fresh.id, undefined, anneSecret);
    const bram = await join(server.wsUrl, fresh.id, undefined, bramSecret);
    profileOf(anne.own.doc).set('name', 'Anne de Vries');
    const anneNote = addNote(
      anne.board.doc,
      { x: 100, y: 100, text: 'Van Anne', authorId: participantIdOf(anneSecret) },
      'a',
    );
    const bramNote = addNote(
      bram.board.doc,
      { x: 300, y: 100, text: 'Van Bram', authorId: participantIdOf(bramSecret) },
      'b',
    );
    await until(anne.board, () => notesOf(anne.board.doc).has(bramNote), 'both notes stored');
    await until(bram.board, () => notesOf(bram.board.doc).has(anneNote), 'both notes stored');
    const csv = async () =>
      (await download(server, `/api/boards/${fresh.id}/export.csv`, fresh.facilitatorKey)).body.toString('utf8');
    await expect
      .poll(async () => (await csv()).split('\r\n').find((l) => l.includes('Van Anne')))
      .toContain('Anne de Vries');
    // Bram never gave a name (a stock client, say): his public id still tells the authors apart.
    const bramRow = (await csv()).split('\r\n').find((l) => l.includes('Van Bram')) ?? '';
    expect(bramRow).toContain(participantIdOf(bramSecret));
    expect(await csv()).not.toContain(participantIdOf(anneSecret));

    const res = await command(server.url, fresh, { type: 'setAnonymous', on: true });
    expect(res.status).toBe(200);
    const anonymous = await csv();
    expect(anonymous).toContain('Van Anne');
    expect(anonymous).not.toContain('Anne de Vries');
    expect(anonymous).not.toContain(participantIdOf(anneSecret));
    expect(anonymous).not.toContain(participantIdOf(bramSecret));
    anne.destroy();
    bram.destroy();
  });
});
