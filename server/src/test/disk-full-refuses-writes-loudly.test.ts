/**
 * A full disk: writes are refused loudly (clients closed with 4503, /healthz 503), nothing is
 * relayed that was not stored, and everything recovers once there is room again.
 * As root the data directory is a real tmpfs that fills up (ENOSPC); otherwise the server's
 * DATA_QUOTA_MB makes SQLite report the same "database or disk is full".
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addNote, notesOf, readBoard } from '@plg/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, nextClose, synced, type TestClient, until } from './yClient.js';

const isRoot = process.getuid?.() === 0 && process.env.PLG_TEST_DISK_MODE !== 'quota';

describe('a full disk', () => {
  const clients: TestClient[] = [];
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    for (const f of cleanup.splice(0).reverse()) f();
  });

  it('refuses writes loudly, relays nothing unstored, and recovers when there is room again', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    let free: () => Promise<void>;
    let env: Record<string, string> = {};
    if (isRoot) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dataDir]);
      cleanup.push(() => execFileSync('umount', ['-l', dataDir]));
      free = async () => {
        execFileSync('rm', ['-f', join(dataDir, 'filler')]);
      };
    } else {
      env = { DATA_QUOTA_MB: '1' };
      free = async () => {};
    }
    let server = await startChildServer(dataDir, 0, env);
    cleanup.push(() => server.process.kill('SIGKILL'));
    const ballast = await createBoard(server.url);
    const board = await createBoard(server.url);
    if (isRoot) {
      // Leave about 400 KB free on the filesystem.
      const avail = Number(execFileSync('df', ['--output=avail', '-B1', dataDir]).toString().split('\n')[1]);
      writeFileSync(join(dataDir, 'filler'), Buffer.alloc(Math.max(0, avail - 400 * 1024)));
    } else {
      // Fill most of the quota with another board, deleted later to make room.
      const filler = connectClient(server.wsUrl, ballast.id);
      clients.push(filler);
      await synced(filler);
      const watcher = connectClient(server.wsUrl, ballast.id);
      clients.push(watcher);
      await synced(watcher);
      const ids: string[] = [];
      for (let i = 0; i < 220; i++)
        ids.push(addNote(filler.doc, { x: i, y: 0, text: `${i} ${'x'.repeat(1990)}` }, 'f'));
      await until(watcher, () => ids.every((id) => notesOf(watcher.doc).has(id)), 'ballast stored', 20_000);
      free = async () => {
        const res = await fetch(`${server.url}/api/boards/${ballast.id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${ballast.facilitatorKey}` },
        });
        expect(res.status).toBe(204);
      };
    }

    const writer = connectClient(server.wsUrl, board.id);
    const watcher = connectClient(server.wsUrl, board.id);
    clients.push(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    const refused = nextClose(writer, 30_000);
    const written: string[] = [];
    for (let i = 0; i < 400; i++)
      written.push(addNote(writer.doc, { x: i, y: 0, text: `note ${i} ${'y'.repeat(1990)}` }, 'w'));
    expect((await refused).code).toBe(4503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    const seenWhileFull = [...notesOf(watcher.doc).keys()];
    expect(seenWhileFull.length).toBeLessThan(written.length);

    await free();
    await until(watcher, () => written.every((id) => notesOf(watcher.doc).has(id)), 'all notes after recovery', 30_000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Everything anyone saw, and everything written since, is on disk.
    for (const c of clients.splice(0)) c.destroy();
    await server.kill('SIGKILL');
    server = await startChildServer(dataDir, 0, env);
    const fresh = connectClient(server.wsUrl, board.id);
    clients.push(fresh);
    await synced(fresh);
    expect(readBoard(fresh.doc).notes.length).toBe(written.length);
    await server.kill('SIGTERM');
  }, 120_000);
});
