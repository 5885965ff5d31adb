import { addNote, notesOf, readBoard } from '@plg/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoard, removeDir, startChildServer, startServer, tempDataDir } from './startServer.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

describe('work survives the server', () => {
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    for (const d of dirs.splice(0)) removeDir(d);
  });

  it('keeps notes across a clean restart (SIGTERM path: flush, compact, close)', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    let server = await startServer({ dataDir });
    const board = await createBoard(server.url);
    const a = connectClient(server.wsUrl, board.id);
    const b = connectClient(server.wsUrl, board.id);
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    const ids = [0, 1, 2].map((i) => addNote(a.doc, { x: i * 250, y: 0, text: `briefje ${i}` }, 'a'));
    await until(b, () => ids.every((id) => notesOf(b.doc).has(id)), 'notes relayed');
    a.destroy();
    b.destroy();
    await server.close();

    server = await startServer({ dataDir });
    const fresh = connectClient(server.wsUrl, board.id);
    clients.push(fresh);
    await synced(fresh);
    expect(
      readBoard(fresh.doc)
        .notes.map((n) => n.text)
        .sort(),
    ).toEqual(['briefje 0', 'briefje 1', 'briefje 2']);
    await server.close();
  });

  it('keeps every relayed edit when the server process is killed with SIGKILL', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    let child = await startChildServer(dataDir);
    const board = await createBoard(child.url);
    const writer = connectClient(child.wsUrl, board.id);
    const watcher = connectClient(child.wsUrl, board.id);
    clients.push(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(addNote(writer.doc, { x: i * 10, y: 0, text: `edit ${i}` }, 'w'));
    // The watcher has received them: the server relayed them, so it must have stored them.
    await until(watcher, () => ids.every((id) => notesOf(watcher.doc).has(id)), 'edits relayed');
    // The writer disappears without re-sending anything; then the server dies hard.
    writer.destroy();
    watcher.destroy();
    expect(await child.kill('SIGKILL')).toBeNull();

    child = await startChildServer(dataDir);
    const fresh = connectClient(child.wsUrl, board.id);
    clients.push(fresh);
    await synced(fresh);
    const texts = readBoard(fresh.doc).notes.map((n) => n.text);
    expect(texts).toHaveLength(20);
    expect(new Set(texts)).toEqual(new Set(ids.map((_, i) => `edit ${i}`)));
    await child.kill('SIGTERM');
  });

  it('shuts down cleanly on SIGTERM with exit code 0', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const child = await startChildServer(dataDir);
    const board = await createBoard(child.url);
    const a = connectClient(child.wsUrl, board.id);
    clients.push(a);
    await synced(a);
    expect(await child.kill('SIGTERM')).toBe(0);
  });
});
