import { addNote, notesOf, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, until } from './yClient.js';

describe('history, retention and deletion', () => {
  const suite = serverForSuite();

  const api = (method: string, url: string, key: string | null, body?: unknown) =>
    suite.server.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });

  it('keeps versions, previews one and restores it as a change that syncs (and can be undone)', async () => {
    const board = await createBoard(suite.server.url);
    const a = connectClient(suite.server.wsUrl, board.id);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    suite.track(a, watcher);
    await Promise.all([synced(a), synced(watcher)]);
    const kept = addNote(a.doc, { x: 0, y: 0, text: 'versie één' }, 'a');
    await until(watcher, () => notesOf(watcher.doc).has(kept), 'first note relayed');
    await suite.server.app.history.keep(board.id, 'manual');
    const extra = addNote(a.doc, { x: 300, y: 0, text: 'later toegevoegd' }, 'a');
    await until(watcher, () => notesOf(watcher.doc).has(extra), 'second note relayed');

    const list = await api('GET', `/api/boards/${board.id}/history`, board.facilitatorKey);
    expect(list.statusCode).toBe(200);
    const versions = list.json().versions as { id: number; reason: string }[];
    const manual = versions.find((v) => v.reason === 'manual')!;
    const preview = await api('GET', `/api/boards/${board.id}/history/${manual.id}`, board.facilitatorKey);
    expect(preview.json().notes.map((n: { text: string }) => n.text)).toEqual(['versie één']);

    expect(
      (await api('POST', `/api/boards/${board.id}/history/${manual.id}/restore`, board.facilitatorKey)).statusCode,
    ).toBe(200);
    await until(a, () => !notesOf(a.doc).has(extra), 'restore reached the client');
    expect(notesOf(a.doc).has(kept)).toBe(true);
    // The state before the restore was kept, so the restore itself can be reverted.
    const after = (await api('GET', `/api/boards/${board.id}/history`, board.facilitatorKey)).json().versions as {
      id: number;
      reason: string;
    }[];
    const before = after.find((v) => v.reason === 'before-restore')!;
    await api('POST', `/api/boards/${board.id}/history/${before.id}/restore`, board.facilitatorKey);
    await until(a, () => notesOf(a.doc).has(extra), 'undo of the restore');
  });

  it('guards history, deletion and extension with the facilitator key', async () => {
    const board = await createBoard(suite.server.url);
    for (const [method, url] of [
      ['GET', `/api/boards/${board.id}/history`],
      ['POST', `/api/boards/${board.id}/history/1/restore`],
      ['DELETE', `/api/boards/${board.id}`],
      ['POST', `/api/boards/${board.id}/extend`],
    ] as const) {
      expect((await api(method, url, null)).statusCode, url).toBe(401);
      expect((await api(method, url, 'wrong-key-wrong-key-xx')).statusCode, url).toBe(403);
    }
    expect((await api('GET', `/api/boards/${board.id}/history/999999`, board.facilitatorKey)).statusCode).toBe(404);
  });

  it('deletes a board for good: clients closed, document, history and code gone', async () => {
    const board = await createBoard(suite.server.url);
    const a = connectClient(suite.server.wsUrl, board.id);
    suite.track(a);
    await synced(a);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    suite.track(watcher);
    await synced(watcher);
    const id = addNote(a.doc, { x: 0, y: 0, text: 'privacy' }, 'a');
    await until(watcher, () => notesOf(watcher.doc).has(id), 'relayed');
    await suite.server.app.history.keep(board.id, 'manual');
    const closed = nextClose(a);
    watcher.destroy();
    expect((await api('DELETE', `/api/boards/${board.id}`, board.facilitatorKey)).statusCode).toBe(204);
    expect((await closed).code).toBe(4404);
    expect(await suite.server.storage.getBoard(board.id)).toBeNull();
    expect(await suite.server.storage.loadDoc(board.id)).toBeNull();
    expect(await suite.server.storage.listHistory(board.id)).toEqual([]);
    expect((await api('GET', `/api/join/${board.joinCode}`, null)).statusCode).toBe(404);
    expect((await api('GET', `/api/boards/${board.id}`, null)).statusCode).toBe(404);
  });

  it('shows when an untouched board expires, lets the facilitator extend it, and sweeps expired boards', async () => {
    const board = await createBoard(suite.server.url);
    const info = (await api('GET', `/api/boards/${board.id}`, null)).json();
    const day = 24 * 60 * 60_000;
    expect(info.expiresAt - Date.now()).toBeGreaterThan(89 * day);
    expect(info.expiresAt - Date.now()).toBeLessThanOrEqual(90 * day);
    const extended = (await api('POST', `/api/boards/${board.id}/extend`, board.facilitatorKey, { days: 30 })).json();
    expect(extended.expiresAt - info.expiresAt).toBe(30 * day);
    expect((await api('POST', `/api/boards/${board.id}/extend`, board.facilitatorKey, { days: 0 })).statusCode).toBe(
      400,
    );

    const old = await createBoard(suite.server.url);
    await suite.server.storage.updateBoard(old.id, { touchedAt: Date.now() - 91 * day });
    expect((await api('GET', `/api/join/${old.joinCode}`, null)).statusCode).toBe(200);
    const swept = await suite.server.app.retention.sweep();
    expect(swept).toContain(old.id);
    expect(swept).not.toContain(board.id);
    expect(await suite.server.storage.getBoard(old.id)).toBeNull();
    // The swept board's join code expired with it; the kept board's still works.
    expect((await api('GET', `/api/join/${old.joinCode}`, null)).statusCode).toBe(404);
    expect((await api('GET', `/api/join/${board.joinCode}`, null)).statusCode).toBe(200);
    expect((await api('GET', `/api/boards/${old.id}`, null)).statusCode).toBe(404);
    expect(readBoard).toBeTypeOf('function');
  });
});
