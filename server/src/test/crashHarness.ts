/**
 * The crash harness: stock y-websocket clients make seeded random edits on several boards
 * while the server is killed with SIGKILL at random moments and restarted on the same data.
 * "Hit and run" writers add a note and disconnect as soon as another client has it — they
 * never re-send. The clients that watch for relayed edits are viewers, whose re-sends the
 * server refuses, and "witness" boards have no other writers: there, a server-side loss cannot
 * be hidden by a client re-sending what it received. At the end every client and a fresh one
 * must agree, every note anyone saw relayed must be there, and SQLite must check out.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { addNote, deleteNotes, moveNotes, notesOf, readBoard, setNoteText } from '@plg/shared';
import Database from 'better-sqlite3';
import { rng } from './fuzzFrames.js';
import { type ChildServer, createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, synced, type TestClient } from './yClient.js';

export interface CrashOptions {
  seconds: number;
  boards: number;
  writersPerBoard: number;
  seed: number;
  /** Mean time between kills. */
  killEveryMs: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  edits: number;
  hitAndRun: number;
  kills: number;
  seen: number;
  lost: string[];
  reconvergeMs: number;
  agreed: boolean;
  integrity: string;
  /** Times a viewer tried to hand back content the server had lost. */
  observerRefused: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const content = (c: TestClient) => JSON.stringify(readBoard(c.doc).notes);

export async function runCrashHarness(o: CrashOptions): Promise<CrashReport> {
  const r = rng(o.seed);
  const dataDir = tempDataDir();
  const port = await freePort();
  let server: ChildServer = await startChildServer(dataDir, port);
  const wsUrl = server.wsUrl;
  // The first boards have writers; the witness boards only hit-and-run writers and a viewer.
  const witnesses = Math.max(1, Math.ceil(o.boards / 2));
  const boards = await Promise.all(Array.from({ length: o.boards + witnesses }, () => createBoard(server.url)));
  const seen = new Set<string>();
  const deleted = new Set<string>();
  const clients: TestClient[] = [];
  const observers: TestClient[] = [];
  let observerRefused = 0;
  for (const [b, board] of boards.entries()) {
    const viewId = board.viewerUrl.split('/v/')[1] as string;
    const observer = connectClient(wsUrl, viewId);
    observer.doc.getMap('notes').observe((e) => {
      for (const [key, change] of e.changes.keys) if (change.action === 'add') seen.add(key);
    });
    // A viewer is refused only if it tries to give the server content it lost.
    observer.provider.on('connection-close', (event) => {
      if (event?.code === 4403) observerRefused++;
    });
    observers.push(observer);
    if (b < o.boards) for (let i = 0; i < o.writersPerBoard; i++) clients.push(connectClient(wsUrl, board.id));
  }
  await Promise.all([...observers, ...clients].map((c) => synced(c, 20_000)));

  let edits = 0;
  let hitAndRun = 0;
  let kills = 0;
  const end = Date.now() + o.seconds * 1000;
  let running = true;

  const killer = (async () => {
    while (running) {
      await sleep(o.killEveryMs * (0.5 + r()));
      if (!running) break;
      await server.kill('SIGKILL');
      kills++;
      server = await startChildServer(dataDir, port);
    }
  })();

  const hitAndRunner = (async () => {
    while (running) {
      const b = Math.floor(r() * boards.length);
      const board = boards[b]!;
      const c = connectClient(wsUrl, board.id);
      try {
        await synced(c, 5000);
        const id = addNote(c.doc, { x: r() * 2000, y: r() * 1500, text: `hit-and-run ${hitAndRun}` }, 'h');
        const observer = observers[b]!;
        const deadline = Date.now() + 5000;
        while (!notesOf(observer.doc).has(id) && Date.now() < deadline) await sleep(5);
        hitAndRun++;
      } catch {
        // The server was down: this writer never got going.
      } finally {
        c.destroy(); // gone for good: it will never re-send
      }
      await sleep(20 + r() * 80);
    }
  })();

  while (Date.now() < end) {
    const c = clients[Math.floor(r() * clients.length)]!;
    const ids = [...notesOf(c.doc).keys()];
    const op = r();
    if (op < 0.5 || ids.length === 0) addNote(c.doc, { x: r() * 2000, y: r() * 1500, text: `edit ${edits}` }, 'w');
    else if (op < 0.75)
      moveNotes(c.doc, [{ id: ids[Math.floor(r() * ids.length)]!, x: r() * 2000, y: r() * 1500 }], 'w');
    else if (op < 0.95) setNoteText(c.doc, ids[Math.floor(r() * ids.length)]!, `tekst ${edits} ✨`, 'w');
    else {
      const id = ids[Math.floor(r() * ids.length)]!;
      deleted.add(id);
      deleteNotes(c.doc, [id], 'w');
    }
    edits++;
    await sleep(5 + r() * 20);
  }
  running = false;
  await Promise.all([killer, hitAndRunner]);

  // Reconverge: everyone (writers, observers, and a fresh client per board) agrees.
  const t0 = Date.now();
  const fresh = boards.map((b) => connectClient(wsUrl, b.id));
  let agreed = false;
  while (Date.now() - t0 < 30_000) {
    agreed = boards.every((board, i) => {
      const group = [...clients, observers[i]!, fresh[i]!].filter(
        (c) => c === observers[i] || c.provider.roomname === board.id,
      );
      return group.every((c) => c.provider.synced) && new Set(group.map(content)).size === 1;
    });
    if (agreed) break;
    await sleep(50);
  }
  const reconvergeMs = Date.now() - t0;
  const present = new Set(fresh.flatMap((c) => [...notesOf(c.doc).keys()]));
  const lost = [...seen].filter((id) => !deleted.has(id) && !present.has(id));
  for (const c of [...clients, ...observers, ...fresh]) c.destroy();
  await server.kill('SIGTERM');
  const db = new Database(join(dataDir, 'plg-board.sqlite'), { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();
  removeDir(dataDir);
  const report = { edits, hitAndRun, kills, seen: seen.size, lost, reconvergeMs, agreed, integrity, observerRefused };
  o.log?.(
    `crash harness: ${edits} edits + ${hitAndRun} hit-and-run writers, ${kills} kills, ${seen.size} notes seen relayed, ` +
      `${lost.length} lost (viewers refused ${observerRefused}×), reconverged in ${reconvergeMs} ms (agreed: ${agreed}), integrity_check: ${integrity}`,
  );
  return report;
}
