/**
 * A load-generator thread (pinned with the rest of the benchmark process to its own CPU). It
 * hosts raw load clients or probes for one target and answers the runner's requests:
 * connect, run the timed window, join storm, cold loads, close.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { type Counters, LoadClient, newCounters, type RoomDoc } from './loadClient.js';
import { Probe, type ProbeSink } from './probe.js';
import { sinceEpoch } from './stats.js';
import { hocuspocusProtocol } from './targets/hocuspocus.js';
import { oursProtocol } from './targets/ours.js';
import type { ClientProtocol, TargetName } from './targets/target.js';
import { ywsProtocol } from './targets/yWebsocketServer.js';
import type { Rates } from './workload.js';

export interface WorkerPlan {
  target: TargetName;
  wsBase: string;
  epochNs: string;
  seed: Uint8Array;
  noteIds: string[];
  rates: Rates;
  /** Load clients: room and the index of the note each one drags. */
  load: { room: string; note: number }[];
  /** One room per probe. */
  probes: string[];
  /** Rooms to seed over the wire first (a server that keeps nothing on disk). */
  seedRooms: string[];
}

export interface Timing {
  sendFrom: number;
  windowFrom: number;
  windowTo: number;
  drainMs: number;
}

export interface RunResult {
  /** This thread's event-loop delay in the window (p99, max; ms): how late it saw what arrived. */
  loopDelay: { p99: number; max: number };
  /** Frames of the load clients (the workload) and of the probes. */
  counters: Counters;
  probeCounters: Counters;
  moves: number[];
  cursors: number[];
  /** Per load client that moved: room, note, last position sent, moves sent in the window. */
  lastMoves: [string, string, number, number, number][];
  finals: { room: string; notes: [string, number, number][] }[];
  /** Load clients at the end, and how many of them the server agreed permessage-deflate with. */
  loadClients: number;
  deflateAgreed: number;
}

const PROTOCOLS: Record<TargetName, ClientProtocol> = {
  ours: oursProtocol,
  yws: ywsProtocol,
  hocuspocus: hocuspocusProtocol,
};

let plan: WorkerPlan;
let now: () => number = () => 0;
const counters = newCounters();
const probeCounters = newCounters();
const sink: ProbeSink = { windowFrom: Number.POSITIVE_INFINITY, windowTo: 0, moves: [], cursors: [] };
const clients: LoadClient[] = [];
const probes: Probe[] = [];
const roomDocs = new Map<string, RoomDoc>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const at = (t: number) => sleep(t - now());

/**
 * Load clients that drag notes share a copy of their room's board to make their moves with, one
 * copy per DOC_GROUP of them. A Yjs transaction reads the document's whole state vector (one
 * entry per client that ever wrote to it), so with one copy for a 1,000-client room every move
 * walked 1,000 entries, several times: at 1,000 clients that walk was 15.5 % of the generator
 * thread's busy time, 7.5 % with groups (what is left is the stock probes' own documents). Each
 * client moves only its own note, so its updates are the same in any copy.
 */
const DOC_GROUP = 50;

function roomDoc(room: string, note: number): RoomDoc {
  const key = `${room}#${Math.floor(note / DOC_GROUP)}`;
  let rd = roomDocs.get(key);
  if (!rd) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, plan.seed);
    const created: RoomDoc = { doc, captured: null };
    doc.on('update', (u: Uint8Array) => {
      created.captured = u;
    });
    rd = created;
    roomDocs.set(key, rd);
  }
  return rd;
}

const rawClient = (room: string, note: number | null, yjsId: number) =>
  new LoadClient(
    room,
    note === null ? null : (plan.noteIds[note] as string),
    yjsId,
    note === null ? null : roomDoc(room, note),
    PROTOCOLS[plan.target],
    plan.wsBase,
    counters,
    now,
  );

/** Seeds rooms over the wire, then connects the probes and waits until each holds the board. */
async function connectProbes(): Promise<void> {
  const seeders = await Promise.all(
    plan.seedRooms.map(async (room) => {
      const seeder = rawClient(room, null, 1);
      await seeder.connect();
      seeder.sendRaw(plan.seed);
      // A second handshake: its answer comes after the server applied the seed.
      await seeder.resync();
      return seeder;
    }),
  );
  for (const room of plan.probes) probes.push(new Probe(plan.target, plan.wsBase, room, probeCounters, sink, now));
  await Promise.all(probes.map((p) => p.synced));
  for (const s of seeders) s.close();
}

async function connectLoad(spreadMs: number): Promise<{ failed: number }> {
  const start = now();
  let yjsId = 1000;
  const pending: Promise<void>[] = [];
  let failed = 0;
  plan.load.forEach((c, i) => {
    yjsId += 1 + Math.floor(Math.random() * 1000);
    const client = rawClient(c.room, c.note, yjsId);
    clients.push(client);
    pending.push(
      at(start + (i * spreadMs) / plan.load.length).then(() =>
        client.connect().catch(() => {
          failed++;
        }),
      ),
    );
  });
  await Promise.all(pending);
  return { failed };
}

/** Calls `fn` every `period` ms from `first` until `until`, without catch-up bursts. */
function every(first: number, period: number, until: number, fn: () => void): void {
  let next = first;
  const tick = () => {
    const t = now();
    if (t >= until) return;
    fn();
    next = Math.max(next + period, t);
    if (next < until) setTimeout(tick, next - t);
  };
  setTimeout(tick, Math.max(0, first - now()));
}

async function run(t: Timing): Promise<RunResult> {
  sink.windowFrom = t.windowFrom;
  sink.windowTo = t.windowTo;
  counters.windowFrom = t.windowFrom;
  counters.windowTo = t.windowTo;
  const { moveHz, awarenessHz, dragMs, churn } = plan.rates;
  const gesture = 1000 / moveHz;
  const drag = Math.min(dragMs, gesture * 0.8);
  for (const c of clients) {
    every(t.sendFrom + Math.random() * (1000 / awarenessHz), 1000 / awarenessHz, t.windowTo, () => c.sendAwareness());
    every(t.sendFrom + Math.random() * gesture, gesture, t.windowTo - drag, () => {
      c.dragging = true;
      setTimeout(() => {
        c.dragging = false;
        c.sendMove();
        c.sendAwareness();
      }, drag);
    });
    if (Math.random() < churn) {
      const leaveAt = t.windowFrom + Math.random() * Math.max(0, t.windowTo - t.windowFrom - 1500);
      void at(leaveAt).then(() => c.rejoin(300));
    }
  }
  const delay = monitorEventLoopDelay({ resolution: 5 });
  void at(t.windowFrom).then(() => {
    counters.counting = true;
    probeCounters.counting = true;
    delay.enable();
  });
  await at(t.windowTo);
  counters.counting = false;
  probeCounters.counting = false;
  delay.disable();
  await sleep(t.drainMs);
  return {
    loopDelay: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
    counters: { ...counters },
    probeCounters: { ...probeCounters },
    moves: sink.moves,
    cursors: sink.cursors,
    lastMoves: clients
      .filter((c) => c.lastMove && c.noteId)
      .map((c) => [c.room, c.noteId as string, c.lastMove?.x as number, c.lastMove?.y as number, c.windowMoves]),
    finals: probes.map((p) => ({ room: p.room, notes: p.finals() })),
    loadClients: clients.length,
    deflateAgreed: clients.filter((c) => c.ws?.deflate).length,
  };
}

/** `count` clients join `room` spread over `spreadMs` from `startAt`: ms from connect to synced. */
async function storm(args: { room: string; count: number; spreadMs: number; startAt: number; stock: boolean }) {
  const times: number[] = [];
  let failed = 0;
  let lastSyncedAt = 0;
  const joins: Promise<void>[] = [];
  for (let i = 0; i < args.count; i++) {
    const when = args.startAt + (i * args.spreadMs) / args.count;
    joins.push(
      at(when).then(async () => {
        if (args.stock) {
          const p = new Probe(plan.target, plan.wsBase, args.room, probeCounters, sink, now);
          probes.push(p);
          await p.synced;
          times.push(p.syncedAt - p.startedAt);
          lastSyncedAt = Math.max(lastSyncedAt, p.syncedAt);
          return;
        }
        const c = rawClient(args.room, null, 0);
        clients.push(c);
        await c.connect().then(
          () => {
            times.push(c.syncedAt - c.connectAt);
            lastSyncedAt = Math.max(lastSyncedAt, c.syncedAt);
          },
          () => {
            failed++;
          },
        );
      }),
    );
  }
  await Promise.all(joins);
  return { times, failed, lastSyncedAt };
}

/** Loads each room once, one after another: socket open → full state, and connect → full state. */
async function cold(args: { rooms: string[] }) {
  const openToSynced: number[] = [];
  const connectToSynced: number[] = [];
  for (const room of args.rooms) {
    const c = rawClient(room, null, 0);
    await c.connect();
    openToSynced.push(c.syncedAt - c.openAt);
    connectToSynced.push(c.syncedAt - c.connectAt);
    c.close();
    await sleep(100);
  }
  return { openToSynced, connectToSynced };
}

function close(): void {
  for (const c of clients) c.close();
  for (const p of probes) p.destroy();
}

const ops: Record<string, (args: never) => unknown> = {
  init: (p: WorkerPlan) => {
    plan = p;
    const epoch = BigInt(p.epochNs);
    now = () => sinceEpoch(epoch);
  },
  connectProbes,
  connectLoad: (a: { spreadMs: number }) => connectLoad(a.spreadMs),
  run,
  storm,
  cold,
  close,
  ping: () => true,
};

parentPort?.on('message', async (msg: { id: number; op: string; args: never }) => {
  try {
    const value = await (ops[msg.op] as (a: never) => unknown)(msg.args);
    parentPort?.postMessage({ id: msg.id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id: msg.id, ok: false, error: (error as Error).stack ?? String(error) });
  }
});
