/**
 * Running one scenario against one target: prepare boards, start the server on its CPU, start
 * the load threads, measure a window (client-side latency and counts, server CPU and peak RSS,
 * the generator's own CPU), stop everything, and reduce it all to one table row.
 */
import { GenThread } from './pool.js';
import type { RelayRun } from './rounds.js';
import { seedBoard } from './seed.js';
import { cleanup, prepare, startTarget } from './servers.js';
import { CpuWindow, EMPTY_SUMMARY, peakRssMb, type Summary, sinceEpoch, summarize } from './stats.js';
import type { RunningServer, TargetName } from './targets/target.js';
import type { RunResult, Timing, WorkerPlan } from './worker.js';
import type { ColdWorkload, RelayWorkload, StormWorkload } from './workload.js';

export interface Row {
  scenario: string;
  target: TargetName;
  clients: number;
  /** Propagation latency (relay), or time to synced (storm, cold). */
  latency: Summary;
  moveP99: number;
  cursorP99: number;
  /** Moves whose final position never reached a probe (relay); failed joins (storm). */
  drops: number;
  /** Connections the server closed, or that failed to connect. */
  closes: number;
  movesSeenPct: number;
  inPerS: number;
  outPerS: number;
  cpuPct: number;
  /** Server CPU µs per workload message (relay), per join (storm), per load (cold). */
  cpuUs: number;
  rssMb: number;
  kbPerClientS: number;
  genPct: number;
  /** Worst event-loop delay p99 of the generator threads (ms): how much the measurement itself lags. */
  genLagP99: number;
  /** CPU other processes on the machine used meanwhile (% of one core): high = noisy figures. */
  otherPct: number;
  note: string;
}

export interface RunOptions {
  loadThreads: number;
  profileDir?: string;
}

const NAN_ROW = {
  moveP99: Number.NaN,
  cursorP99: Number.NaN,
  movesSeenPct: Number.NaN,
  inPerS: Number.NaN,
  outPerS: Number.NaN,
  cpuPct: Number.NaN,
  kbPerClientS: Number.NaN,
  genPct: Number.NaN,
  otherPct: Number.NaN,
  genLagP99: Number.NaN,
};

function basePlan(target: TargetName, server: RunningServer, epochNs: bigint, seed: ReturnType<typeof seedBoard>) {
  const plan: WorkerPlan = {
    target,
    wsBase: server.wsBase,
    epochNs: String(epochNs),
    seed: seed.state,
    noteIds: seed.noteIds,
    rates: { moveHz: 1, awarenessHz: 1, dragMs: 0, churn: 0 },
    load: [],
    probes: [],
    seedRooms: [],
  };
  return plan;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** R boards × C clients moving notes and cursors for the measured window. */
export async function runRelay(
  scenario: string,
  target: TargetName,
  w: RelayWorkload,
  opts: RunOptions,
): Promise<RelayRun> {
  const seed = seedBoard(w.clients);
  const prepared = await prepare(target, w.rooms, seed.state, opts.profileDir ? { profileDir: opts.profileDir } : {});
  // The threads load their modules while the server starts.
  const [server, threads] = await Promise.all([
    startTarget(target, prepared.start),
    Promise.all(Array.from({ length: 1 + opts.loadThreads }, () => GenThread.boot())),
  ]);
  const epochNs = process.hrtime.bigint();
  const now = () => sinceEpoch(epochNs);
  try {
    const base = { ...basePlan(target, server, epochNs, seed), rates: w };
    const probesIn = (i: number) => (i < (w.probeRooms ?? w.rooms) ? w.probesPerRoom : 0);
    const [probeThread, ...loadThreads] = threads as [GenThread, ...GenThread[]];
    const load = prepared.ids.flatMap((room, i) =>
      Array.from({ length: w.clients - probesIn(i) }, (_, note) => ({ room, note })),
    );
    // With no separate load threads, the probes' thread also hosts the load clients.
    await probeThread.call('init', {
      ...base,
      probes: prepared.ids.flatMap((id, i) => Array<string>(probesIn(i)).fill(id)),
      seedRooms: prepared.seedRooms,
      load: opts.loadThreads === 0 ? load : [],
    });
    await probeThread.call('connectProbes');
    await Promise.all(
      loadThreads.map((t, k) => t.call('init', { ...base, load: load.filter((_, i) => i % opts.loadThreads === k) })),
    );
    if (opts.loadThreads === 0) loadThreads.push(probeThread);
    const connected = await Promise.all(
      loadThreads.map((t) => t.call<{ failed: number }>('connectLoad', { spreadMs: w.connectMs })),
    );
    const sendFrom = now() + 300;
    const timing: Timing = {
      sendFrom,
      windowFrom: sendFrom + w.warmupS * 1000,
      windowTo: sendFrom + (w.warmupS + w.durationS) * 1000,
      drainMs: w.drainMs,
    };
    const windows = [new CpuWindow(server.pid), new CpuWindow('self'), new CpuWindow('machine')] as const;
    void sleep(timing.windowFrom - now()).then(() => {
      for (const cw of windows) cw.begin();
    });
    void sleep(timing.windowTo - now()).then(() => {
      for (const cw of windows) cw.end();
    });
    const results = await Promise.all(threads.map((t) => t.call<RunResult>('run', timing)));
    const rssMb = peakRssMb(server.pid);
    const [serverCpu, genCpu, machineCpu] = windows;
    return relayRow(scenario, target, w, results, connected, { serverCpu, genCpu, machineCpu, rssMb });
  } finally {
    await Promise.all(threads.map((t) => t.end()));
    await server.stop();
    cleanup(prepared);
  }
}

function relayRow(
  scenario: string,
  target: TargetName,
  w: RelayWorkload,
  results: RunResult[],
  connected: { failed: number }[],
  m: { serverCpu: CpuWindow; genCpu: CpuWindow; machineCpu: CpuWindow; rssMb: number },
): RelayRun {
  const moves = results.flatMap((r) => r.moves);
  const cursors = results.flatMap((r) => r.cursors);
  const sum = (f: (r: RunResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const finals = new Map<string, Map<string, string>[]>();
  for (const r of results)
    for (const p of r.finals) {
      const list = finals.get(p.room) ?? [];
      list.push(new Map(p.notes.map(([id, x, y]) => [id, `${x},${y}`])));
      finals.set(p.room, list);
    }
  let drops = 0;
  let expected = 0;
  for (const r of results)
    for (const [room, id, x, y, sent] of r.lastMoves)
      for (const probe of finals.get(room) ?? []) {
        expected += sent;
        if (probe.get(id) !== `${x},${y}`) drops++;
      }
  const windowS = w.durationS;
  const msgsIn = sum((r) => r.counters.sentFrames + r.probeCounters.sentFrames);
  // Per workload message (what the load clients send; the same for every target), not per
  // frame received: stock probes echo every awareness frame they get, more so without coalescing.
  const workload = sum((r) => r.counters.sentFrames);
  const clients = w.rooms * w.clients;
  const cpuUs = (m.serverCpu.cpu * 1e6) / workload;
  const row: Row = {
    scenario,
    target,
    clients,
    latency: summarize([...moves, ...cursors]),
    moveP99: summarize(moves).p99,
    cursorP99: summarize(cursors).p99,
    drops,
    closes: sum((r) => r.counters.closes) + connected.reduce((n, c) => n + c.failed, 0),
    movesSeenPct: (100 * moves.length) / Math.max(1, expected),
    inPerS: msgsIn / windowS,
    outPerS: sum((r) => r.counters.recvFrames + r.probeCounters.recvFrames) / windowS,
    cpuPct: m.serverCpu.percent,
    cpuUs,
    rssMb: m.rssMb,
    kbPerClientS: sum((r) => r.counters.recvBytes + r.probeCounters.recvBytes) / 1024 / clients / windowS,
    genPct: m.genCpu.percent,
    otherPct: m.machineCpu.percent - m.serverCpu.percent - m.genCpu.percent,
    genLagP99: Math.max(...results.map((r) => r.loopDelay.p99)),
    note: `permessage-deflate agreed with ${sum((r) => r.deflateAgreed)} of ${sum((r) => r.loadClients)} load clients`,
  };
  // The raw samples and the ratios' operands, for pooling rounds (rounds.ts).
  const raw = { moves: Float64Array.from(moves), cursors: Float64Array.from(cursors) };
  return { row, raw: { ...raw, serverCpuS: m.serverCpu.cpu, workloadMsgs: workload, expectedMoves: expected } };
}

/** Clients join a warm board (a facilitator is on it) within `spreadMs`: time to synced. */
export async function runStorm(scenario: string, target: TargetName, w: StormWorkload, opts: RunOptions): Promise<Row> {
  const seed = seedBoard(w.notes);
  const prepared = await prepare(target, 1, seed.state, opts.profileDir ? { profileDir: opts.profileDir } : {});
  const [server, threads] = await Promise.all([
    startTarget(target, prepared.start),
    Promise.all([GenThread.boot(), GenThread.boot()]),
  ]);
  const epochNs = process.hrtime.bigint();
  const now = () => sinceEpoch(epochNs);
  const room = prepared.ids[0] as string;
  try {
    const base = basePlan(target, server, epochNs, seed);
    const [probeThread, loadThread] = threads;
    await probeThread.call('init', { ...base, probes: [room], seedRooms: prepared.seedRooms });
    await probeThread.call('connectProbes');
    await loadThread.call('init', base);
    const startAt = now() + 300;
    const cpu = new CpuWindow(server.pid);
    const machineCpu = new CpuWindow('machine');
    const genCpu = new CpuWindow('self');
    void sleep(startAt - now()).then(() => {
      for (const cw of [cpu, machineCpu, genCpu]) cw.begin();
    });
    type Storm = { times: number[]; failed: number; lastSyncedAt: number };
    const common = { room, spreadMs: w.spreadMs, startAt };
    const [raw, stock] = await Promise.all([
      loadThread.call<Storm>('storm', { ...common, count: w.clients - w.stockClients, stock: false }),
      probeThread.call<Storm>('storm', { ...common, count: w.stockClients, stock: true }),
    ]);
    for (const cw of [cpu, machineCpu, genCpu]) cw.end();
    const done = Math.max(raw.lastSyncedAt, stock.lastSyncedAt) - startAt;
    const joins = raw.times.length + stock.times.length;
    return {
      ...NAN_ROW,
      scenario,
      target,
      clients: w.clients,
      latency: summarize([...raw.times, ...stock.times]),
      drops: raw.failed + stock.failed,
      closes: raw.failed + stock.failed,
      cpuPct: cpu.percent,
      genPct: genCpu.percent,
      otherPct: machineCpu.percent - cpu.percent - genCpu.percent,
      cpuUs: (cpu.cpu * 1e6) / Math.max(1, joins),
      rssMb: peakRssMb(server.pid),
      note: `all ${joins} synced ${Math.round(done)} ms after the first connect; stock providers p50 ${Math.round(summarize(stock.times).p50)} ms`,
    };
  } finally {
    await Promise.all(threads.map((t) => t.end()));
    await server.stop();
    cleanup(prepared);
  }
}

/** Boards loaded from disk one after another by a fresh server; the first one warms it up. */
export async function runCold(
  scenario: string,
  target: TargetName,
  w: ColdWorkload,
  opts: RunOptions,
  state = seedBoard(w.notes).state,
): Promise<Row> {
  const prepared = await prepare(target, w.boards + 1, state, {
    fromFiles: true,
    ...(opts.profileDir ? { profileDir: opts.profileDir } : {}),
  });
  const [server, thread] = await Promise.all([startTarget(target, prepared.start), GenThread.boot()]);
  const threads = [thread];
  const epochNs = process.hrtime.bigint();
  try {
    await thread.call('init', basePlan(target, server, epochNs, { state, noteIds: [] }));
    const cpu = new CpuWindow(server.pid);
    cpu.begin();
    const rooms = prepared.ids.slice(0, w.boards);
    const r = await thread.call<{ openToSynced: number[]; connectToSynced: number[] }>('cold', { rooms });
    cpu.end();
    type Storm = { times: number[] };
    const last = prepared.ids[w.boards] as string;
    const stock = await thread.call<Storm>('storm', { room: last, count: 1, spreadMs: 0, startAt: 0, stock: true });
    const measured = r.openToSynced.length > 1 ? r.openToSynced.slice(1) : r.openToSynced;
    return {
      ...NAN_ROW,
      scenario,
      target,
      clients: 1,
      latency: measured.length > 0 ? summarize(measured) : EMPTY_SUMMARY,
      drops: 0,
      closes: 0,
      cpuUs: (cpu.cpu * 1e6) / Math.max(1, rooms.length),
      rssMb: peakRssMb(server.pid),
      note: `open→full state; first load ${Math.round(r.openToSynced[0] ?? Number.NaN)} ms; stock provider synced (incl. decode) ${Math.round(stock.times[0] ?? Number.NaN)} ms; ${state.length} B`,
    };
  } finally {
    await Promise.all(threads.map((t) => t.end()));
    await server.stop();
    cleanup(prepared);
  }
}
