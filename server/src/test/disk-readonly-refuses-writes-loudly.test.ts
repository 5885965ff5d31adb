/**
 * A data directory that turns read-only under the running server: writes are refused loudly
 * (the sender and every room's clients closed with 4503, the code behind the client's "cannot
 * save" badge; /healthz 503), nothing is relayed that was not stored, and once the directory is
 * writable again the server answers 200 and new edits — and the refused ones, which their client
 * kept — are stored and relayed.
 *
 * How the directory goes read-only: as root, the data directory is an ext4 file system in a file
 * (loop mount, `errors=remount-ro`, Debian's default), and the test raises a file-system error
 * through ext4's `trigger_fs_error`: the kernel turns the file system read-only under the open
 * database, exactly as on a failing disk, and every write gets EROFS. An ordinary `mount -o
 * remount,ro` (or a read-only bind remount) cannot do this: Linux refuses it with EBUSY while any
 * file is open for writing, and SQLite keeps its files open. Since Linux 6.6 such an error also
 * shuts the file system down, so it cannot be made writable again under the process that holds it:
 * "writable again" is what an operator does — the server stops, the file system is checked
 * (e2fsck) and mounted again, the server starts. Without root, a process cannot make a mounted
 * directory read-only at all; the test then uses the server's DATA_QUOTA_MB quota (as the
 * disk-full test does) and "writable again" is a restart without it.
 *
 * The ext4 case runs with PLG_SQLITE_SYNC=FULL: see ext4Disk().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { addNote, notesOf, readBoard } from '@plg/shared';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage.js';
import { type ChildServer, createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, nextClose, synced, type TestClient, until } from './yClient.js';

const isRoot = process.getuid?.() === 0 && process.env.PLG_TEST_DISK_MODE !== 'quota';

interface Disk {
  dataDir: string;
  /** Server environment while the trouble lasts, and after it is repaired. */
  env: Record<string, string>;
  envAfter: Record<string, string>;
  /** How many notes are written while the disk is in trouble, and their text (enough to fill the quota). */
  count: number;
  text: (i: number) => string;
  /** Makes writing fail under the running server. */
  break(): Promise<void>;
  /** Makes the directory writable again (the server is stopped). */
  repair(): void;
  cleanup(): void;
}

/** An ext4 file system in a file, mounted on the data directory; a file-system error makes it read-only. */
function ext4Disk(): Disk {
  const base = mkdtempSync(join(tmpdir(), 'plg-ro-'));
  const image = join(base, 'fs.img');
  const dataDir = join(base, 'data');
  mkdirSync(dataDir);
  writeFileSync(image, '');
  truncateSync(image, 64 * 1024 * 1024);
  execFileSync('mkfs.ext4', ['-q', '-F', image]);
  const mount = () => execFileSync('mount', ['-o', 'loop,errors=remount-ro', image, dataDir]);
  mount();
  let mounted = true;
  // A file-system shutdown drops what is still in the page cache, like a power cut: with SQLite's
  // default synchronous=NORMAL the last commits (already relayed) are gone after the remount (tried:
  // none of the 20 notes of the first step was left). FULL syncs the log at every commit.
  const env = { PLG_SQLITE_SYNC: 'FULL' };
  return {
    dataDir,
    env,
    envAfter: env,
    count: 40,
    text: (i) => `during ${i}`,
    async break() {
      const device = basename(execFileSync('findmnt', ['-no', 'SOURCE', dataDir]).toString().trim());
      writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, 'plg test: the data directory goes read-only');
      // The directory is read-only now, for root too.
      expect(() => writeFileSync(join(dataDir, 'probe'), 'x')).toThrow(/EROFS|read-only/);
    },
    repair() {
      execFileSync('umount', [dataDir]);
      mounted = false;
      const fsck = spawnSync('e2fsck', ['-fy', image]);
      expect(fsck.status, String(fsck.stdout)).toBeLessThanOrEqual(1); // 0: clean, 1: errors corrected
      mount();
      mounted = true;
    },
    cleanup() {
      if (mounted) spawnSync('umount', ['-l', dataDir]);
      removeDir(base);
    },
  };
}

/** Without root: the server's quota makes SQLite fail as on a full disk. */
function quotaDisk(): Disk {
  const dataDir = tempDataDir();
  return {
    dataDir,
    env: { DATA_QUOTA_MB: '1' },
    envAfter: {},
    count: 400,
    text: (i) => `during ${i} ${'y'.repeat(1990)}`,
    // The notes written during the trouble (800 KB) do not fit in the 1 MB quota.
    async break() {},
    repair() {},
    cleanup() {
      removeDir(dataDir);
    },
  };
}

/** Polls /healthz until it answers `status` (bounded). */
async function healthBecomes(url: string, status: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (last === status) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/healthz answered ${last}, not ${status}`);
}

/** The note ids in a board's document as stored (read with the server stopped). */
async function storedNoteIds(dataDir: string, boardId: string): Promise<Set<string>> {
  const storage = new SqliteStorage(dataDir);
  try {
    const stored = await storage.loadDoc(boardId);
    const doc = new Y.Doc();
    if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    expect(storage.integrityCheck()).toBe('ok');
    return new Set(notesOf(doc).keys());
  } finally {
    await storage.close();
  }
}

describe('a read-only data directory', () => {
  const clients: TestClient[] = [];
  let server: ChildServer | undefined;
  let disk: Disk | undefined;
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    if (server) await server.kill('SIGKILL');
    disk?.cleanup();
  });

  it('refuses writes loudly, relays nothing unstored, and recovers once writable again', async () => {
    disk = isRoot ? ext4Disk() : quotaDisk();
    server = await startChildServer(disk.dataDir, 0, disk.env);
    const port = server.port;
    const board = await createBoard(server.url);
    const other = await createBoard(server.url);
    const writer = connectClient(server.wsUrl, board.id);
    // The witness is a viewer: the server refuses anything it would hand back, so it cannot
    // cover for an edit it was relayed but the store does not have.
    const witness = connectClient(server.wsUrl, board.viewerUrl.split('/v/')[1] as string);
    const bystander = connectClient(server.wsUrl, other.id);
    clients.push(writer, witness, bystander);
    await Promise.all(clients.map((c) => synced(c)));
    const written: string[] = [];
    for (let i = 0; i < 20; i++) written.push(addNote(writer.doc, { x: i, y: 0, text: `before ${i}` }, 'w'));
    await until(witness, () => written.every((id) => notesOf(witness.doc).has(id)), 'notes before', 10_000);
    await healthBecomes(server.url, 200);

    const writerRefused = nextClose(writer, 30_000);
    const bystanderTold = nextClose(bystander, 30_000);
    await disk.break();
    for (let i = 0; i < disk.count; i++) written.push(addNote(writer.doc, { x: i, y: 100, text: disk.text(i) }, 'w'));
    expect((await writerRefused).code).toBe(4503);
    expect((await bystanderTold).code).toBe(4503);
    await healthBecomes(server.url, 503);
    const relayed = [...notesOf(witness.doc).keys()];
    expect(relayed.length).toBeLessThan(written.length);

    // Everything the witness was relayed is in the store.
    await server.kill('SIGKILL');
    disk.repair();
    const stored = await storedNoteIds(disk.dataDir, board.id);
    expect(relayed.filter((id) => !stored.has(id))).toEqual([]);

    // Writable again: healthy, and the refused edits (which the writer kept) and new ones arrive.
    server = await startChildServer(disk.dataDir, port, disk.envAfter);
    await healthBecomes(server.url, 200);
    await until(witness, () => written.every((id) => notesOf(witness.doc).has(id)), 'refused notes', 30_000);
    const late = addNote(writer.doc, { x: 0, y: 200, text: 'after' }, 'w');
    written.push(late);
    await until(witness, () => notesOf(witness.doc).has(late), 'a new note', 10_000);
    expect(witness.closes.filter((c) => c.code === 4403)).toEqual([]);

    // And all of it is on disk.
    for (const c of clients.splice(0)) c.destroy();
    await server.kill('SIGKILL');
    server = await startChildServer(disk.dataDir, port, disk.envAfter);
    const fresh = connectClient(server.wsUrl, board.id);
    clients.push(fresh);
    await synced(fresh);
    expect(
      readBoard(fresh.doc)
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual([...written].sort());
  }, 120_000);
});
