/**
 * The crash harness: stock y-websocket clients make seeded random edits — new notes, moves,
 * recolours, text inserts and deletes — on several boards while the server is killed with
 * SIGKILL at random moments and restarted on the same data.
 *
 * "Hit and run" writers connect, make one to three edits (any kind, text included), wait until a
 * witness has each one, and disconnect for good: they never re-send. The witnesses are viewers,
 * whose re-sends the server refuses, and "witness" boards have no other writers: there, a
 * server-side loss cannot be hidden by a client re-sending what it received. Every edit a witness
 * saw relayed has a unique, checkable effect (see crashEdits.ts) and is checked at the end
 * (see crashWitness.ts) against a fresh client that loads what the server stored, after a last
 * SIGKILL. Every client and the fresh one must also agree, and SQLite must check out.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readBoard } from '@plg/shared';
import Database from 'better-sqlite3';
import { EditMaker, type EditPlan, KINDS, type KindCounts, zeroCounts } from './crashEdits.js';
import { type Loss, Witness } from './crashWitness.js';
import { rng } from './fuzzFrames.js';
import { type ChildServer, createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

export interface CrashOptions {
  seconds: number;
  boards: number;
  writersPerBoard: number;
  seed: number;
  /** Mean time between kills. */
  killEveryMs: number;
  /** Hit-and-run writers at work at once (default 2). */
  hitAndRunners?: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  /** Edits made, by kind (writers and hit-and-run writers together). */
  made: KindCounts;
  edits: number;
  /** Of those, edits by hit-and-run writers that a witness saw before the writer left. */
  hitAndRunEdits: number;
  hitAndRun: number;
  kills: number;
  /** Edits the witnesses saw relayed, by kind. */
  seen: KindCounts;
  lost: Loss[];
  reconvergeMs: number;
  agreed: boolean;
  integrity: string;
  /** Times a viewer was refused: 4403, it handed back content the server had lost; 1007, the server would not take its sync reply. */
  observerRefused: number;
  /** Refusals of any client (viewers and writers) by close code and reason, e.g. `1007 malformed message: …`. */
  refusals: Record<string, number>;
}

/** Persistent writers: mostly new notes and text, some moves, recolours and deletes. */
const WRITER_PLAN: EditPlan = { weights: { add: 40, move: 20, recolor: 10, text: 25, delete: 5 } };
/** Hit-and-run writers: new notes and text above all, since nobody can re-send those for them. */
const HIT_AND_RUN_PLAN: EditPlan = { weights: { add: 35, move: 10, recolor: 10, text: 35, delete: 10 } };

export async function freePort(): Promise<number> {
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
const sum = (c: KindCounts) => KINDS.reduce((s, k) => s + c[k], 0);
const byKind = (c: KindCounts) => KINDS.map((k) => `${k} ${c[k]}`).join(', ');

export async function runCrashHarness(o: CrashOptions): Promise<CrashReport> {
  const r = rng(o.seed);
  const maker = new EditMaker(r);
  const dataDir = tempDataDir();
  const port = await freePort();
  let server: ChildServer = await startChildServer(dataDir, port);
  const wsUrl = server.wsUrl;
  // The first boards have writers; the witness boards only hit-and-run writers and a viewer.
  const witnessBoards = Math.max(1, Math.ceil(o.boards / 2));
  const boards = await Promise.all(Array.from({ length: o.boards + witnessBoards }, () => createBoard(server.url)));
  const clients: TestClient[] = [];
  const observers: TestClient[] = [];
  const witnesses: Witness[] = [];
  let observerRefused = 0;
  const refusals: Record<string, number> = {};
  // A refused client is a finding: the server closed it for what it sent.
  const watchRefusals = (c: TestClient, viewer: boolean) =>
    c.provider.on('connection-close', (event) => {
      if (event?.code !== 4403 && event?.code !== 1007) return;
      if (viewer) observerRefused++;
      const key = `${viewer ? 'viewer' : 'writer'} ${event.code} ${event.reason}`;
      refusals[key] = (refusals[key] ?? 0) + 1;
    });
  for (const [b, board] of boards.entries()) {
    const observer = connectClient(wsUrl, board.viewerUrl.split('/v/')[1] as string);
    witnesses.push(new Witness(observer.doc));
    watchRefusals(observer, true);
    observers.push(observer);
    if (b < o.boards)
      for (let i = 0; i < o.writersPerBoard; i++) {
        const writer = connectClient(wsUrl, board.id);
        watchRefusals(writer, false);
        clients.push(writer);
      }
  }
  await Promise.all([...observers, ...clients].map((c) => synced(c, 20_000)));

  let hitAndRun = 0;
  let hitAndRunEdits = 0;
  let kills = 0;
  const end = Date.now() + o.seconds * 1000;
  let running = true;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const unlessStopped = <T>(p: Promise<T>) =>
    Promise.race([p, stopped.then(() => Promise.reject(new Error('stopped')))]);
  const restart = async () => {
    await server.kill('SIGKILL');
    kills++;
    server = await startChildServer(dataDir, port);
  };

  const killer = (async () => {
    while (running) {
      await Promise.race([sleep(o.killEveryMs * (0.5 + r())), stopped]);
      if (running) await restart();
    }
  })();

  const hitAndRunner = async () => {
    while (running) {
      // Mostly the witness boards, where nobody else could re-send what they wrote.
      const b = r() < 0.75 ? o.boards + Math.floor(r() * witnessBoards) : Math.floor(r() * o.boards);
      const c = connectClient(wsUrl, boards[b]!.id);
      try {
        await unlessStopped(synced(c, 5000));
        const count = 1 + Math.floor(r() * 3);
        for (let i = 0; i < count && running; i++) {
          const edit = maker.make(c.doc, HIT_AND_RUN_PLAN, 'h');
          // Bounded: a note deleted meanwhile by another writer takes the edit with it.
          await unlessStopped(until(observers[b]!, () => witnesses[b]!.saw(edit), 'edit relayed', 3000));
          hitAndRunEdits++;
        }
        hitAndRun++;
      } catch {
        // The server was down or the edit was overtaken: this writer leaves early.
      } finally {
        c.destroy(); // gone for good: it will never re-send
      }
      await sleep(20 + r() * 80);
    }
  };
  const hitAndRunners = Array.from({ length: o.hitAndRunners ?? 2 }, hitAndRunner);

  while (Date.now() < end) {
    const c = clients[Math.floor(r() * clients.length)]!;
    maker.make(c.doc, WRITER_PLAN, 'w');
    await sleep(5 + r() * 20);
  }
  running = false;
  stop();
  await Promise.all([killer, ...hitAndRunners]);
  // A last kill: the fresh clients then load what was stored, not what a live server still holds.
  await restart();

  // Reconverge: everyone (writers, witnesses, and a fresh client per board) agrees.
  const t0 = Date.now();
  const fresh = boards.map((b) => connectClient(wsUrl, b.id));
  const groups = boards.map((board, i) => [
    ...clients.filter((c) => c.provider.roomname === board.id),
    observers[i]!,
    fresh[i]!,
  ]);
  let agreed = false;
  while (!agreed && Date.now() - t0 < 30_000) {
    agreed = groups.every((g) => g.every((c) => c.provider.synced) && new Set(g.map(content)).size === 1);
    if (!agreed) await sleep(50);
  }
  const reconvergeMs = Date.now() - t0;
  const lost = witnesses.flatMap((w, i) => {
    const losses = w.check(fresh[i]!.doc);
    if (!w.containedIn(fresh[i]!.doc))
      losses.push({ kind: 'struct', note: '', detail: `board ${i}: the store lacks content relayed to the witness` });
    return losses;
  });
  const seen = zeroCounts();
  for (const w of witnesses) for (const [k, n] of Object.entries(w.seen())) seen[k as keyof KindCounts] += n;

  for (const c of [...clients, ...observers, ...fresh]) c.destroy();
  await server.kill('SIGTERM');
  const db = new Database(join(dataDir, 'plg-board.sqlite'), { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();
  removeDir(dataDir);
  const made = maker.made;
  const edits = sum(made);
  const report = {
    made,
    edits,
    hitAndRunEdits,
    hitAndRun,
    kills,
    seen,
    lost,
    reconvergeMs,
    agreed,
    integrity,
    observerRefused,
    refusals,
  };
  const log = o.log ?? (() => {});
  log(`crash harness: ${boards.length} boards (${witnessBoards} with only hit-and-run writers), seed ${o.seed}`);
  log(`  edits made: ${edits} (${byKind(made)}); ${hitAndRunEdits} by ${hitAndRun} hit-and-run writers`);
  log(`  kills: ${kills} (SIGKILL, the last one before the final check)`);
  log(`  edits seen relayed by the witnesses: ${sum(seen)} (${byKind(seen)})`);
  const lostBy = zeroCounts();
  for (const l of lost) if (l.kind !== 'struct') lostBy[l.kind]++;
  const structural = lost.length - sum(lostBy);
  log(`  edits lost: ${sum(lostBy)} (${byKind(lostBy)}); boards whose store lacks witnessed content: ${structural}`);
  for (const l of lost.slice(0, 10)) log(`    lost ${l.kind} ${l.note}: ${l.detail}`);
  const refused = Object.entries(refusals).map(([why, n]) => `${n}× ${why}`);
  log(`  clients refused: ${refused.length ? refused.join('; ') : 'none'}`);
  log(`  reconverged in ${reconvergeMs} ms (agreed: ${agreed})`);
  log(`  integrity_check: ${integrity}`);
  return report;
}
