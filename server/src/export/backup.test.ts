import { CreateBoardResponse, SCHEMA_VERSION } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../import/parseBackup.js';
import { startServer, type TestServer } from '../test/startServer.js';
import { BACKUP_VERSION, BackupSchema } from './backupSchema.js';
import { fillRichBoard } from './testFixtures.js';
import { boardWith, download, keepSample, upload } from './testHttp.js';

/** Strips what differs between two copies of a board (export time, join code) and renumbers ids. */
function normalise(backup: unknown): unknown {
  const parsed = BackupSchema.parse(backup);
  const { board } = parsed;
  const alias = new Map<string, string>();
  const kinds = { zone: board.zones, note: board.notes, group: board.groups, action: board.actions };
  for (const [kind, items] of Object.entries(kinds)) {
    items.forEach((item, i) => {
      alias.set(item.id, `${kind}-${i + 1}`);
    });
  }
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return alias.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [alias.get(k) ?? k, walk(x)]));
    return v;
  };
  return walk({ ...board, session: { ...board.session, joinCode: '<code>' } });
}

describe('JSON backup export and import', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('round-trips every kind of object: export → import → export gives the same content', async () => {
    const board = await boardWith(server, (doc) => fillRichBoard(doc));
    const first = await download(server, `/api/boards/${board.id}/export.json`, board.facilitatorKey);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    keepSample('backup.json', first.body);
    const backup = JSON.parse(first.body.toString('utf8'));
    expect(backup).toMatchObject({ format: 'plg-board-backup', version: BACKUP_VERSION });
    expect(backup.board.notes).toHaveLength(9);
    expect(backup.board.notes.map((n: { text: string }) => n.text)).toContain('Één keer per week overleg ✨👩‍🏫');
    expect(backup.board.zones.find((z: { id: string }) => z.id === 'hr').label).toBe('Personeel & HR-beleid 🌱');

    const imported = await upload(server, '/api/boards/import', first.body, 'application/json');
    expect(imported.status).toBe(201);
    const created = CreateBoardResponse.parse(imported.json);
    expect(created.id).not.toBe(board.id);
    expect(created.joinCode).not.toBe(board.joinCode);
    const record = await server.storage.getBoard(created.id);
    expect(record).toMatchObject({ title: 'Studiedag PLG — Één team', lang: 'nl', templateId: 'plg' });

    const second = await download(server, `/api/boards/${created.id}/export.json`, created.facilitatorKey);
    const again = JSON.parse(second.body.toString('utf8'));
    expect(again.board.session.joinCode).toBe(created.joinCode);
    expect(normalise(again)).toEqual(normalise(backup));
  });

  it('leaves author ids and voter names out of an anonymous board', async () => {
    const board = await boardWith(server, (doc) => fillRichBoard(doc, { anonymous: true }));
    const res = await download(server, `/api/boards/${board.id}/export.json`, board.facilitatorKey);
    const text = res.body.toString('utf8');
    expect(text).not.toMatch(/p-cultuur|Voter-/);
    expect(JSON.parse(text).board.session.anonymous).toBe(true);
  });

  it('migrates an older (v0) backup that lacks fields', () => {
    const v0 = {
      format: 'plg-board-backup',
      version: 0,
      board: {
        meta: { title: 'Oude studiedag', templateId: 'plg', lang: 'nl' },
        zones: [{ id: 'cultuur', label: 'Professionele cultuur', x: 0, y: 0, width: 600, height: 400 }],
        notes: [{ id: 'note-0001', text: 'Één idee', x: 10, y: 10 }],
      },
    };
    const backup = parseBackup(v0);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.board.meta).toMatchObject({ title: 'Oude studiedag', schemaVersion: 1 });
    expect(backup.board.notes[0]).toMatchObject({ text: 'Één idee', width: 200, authorId: '' });
    expect(backup.board.groups).toEqual([]);
    expect(backup.board.session.anonymous).toBe(false);
    expect(backup.board.results.participantCount).toBe(0);
  });

  it('refuses corrupt, unknown, newer and oversized backups with a clear message, creating nothing', async () => {
    const board = await boardWith(server, (doc) => fillRichBoard(doc));
    const good = JSON.parse(
      (await download(server, `/api/boards/${board.id}/export.json`, board.facilitatorKey)).body.toString('utf8'),
    );
    const before = (await server.storage.listBoards()).length;
    const newer = { ...good, version: BACKUP_VERSION + 1 };
    const newerSchema = {
      ...good,
      board: { ...good.board, meta: { ...good.board.meta, schemaVersion: SCHEMA_VERSION + 1 } },
    };
    const cases: [string | Buffer, number, string, RegExp][] = [
      ['{"format": "plg-board-backup", "vers', 400, 'INVALID_INPUT', /JSON/i],
      [JSON.stringify({ hello: 'world' }), 400, 'INVALID_INPUT', /not a PLG Board backup/],
      [JSON.stringify(newer), 400, 'UNSUPPORTED', /newer PLG Board \(backup version 2/],
      [JSON.stringify({ ...good, version: 'x' }), 400, 'UNSUPPORTED', /unknown version/],
      [JSON.stringify(newerSchema), 400, 'UNSUPPORTED', /newer PLG Board \(schema version/],
      [JSON.stringify({ ...good, board: { ...good.board, notes: [{ id: 'bad' }] } }), 400, 'INVALID_INPUT', /damaged/],
      [Buffer.alloc(11 * 1024 * 1024, 32), 413, 'PAYLOAD_TOO_LARGE', /large/i],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await upload(server, '/api/boards/import', body, 'application/json');
      expect(res.status, String(body).slice(0, 40)).toBe(status);
      expect(res.json.error?.code).toBe(code);
      expect(res.json.error?.message).toMatch(message);
    }
    expect((await server.storage.listBoards()).length).toBe(before);
  });
});
