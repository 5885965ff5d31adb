/**
 * Interleaved rounds of a relay scenario pooled into one row per target. Where the servers differ
 * by less than the machine's run-to-run noise (the quiet study room), one window per server
 * says more about the window than about the server; several windows, alternating between the
 * servers and pooled, average the drift of the machine out over all of them alike.
 */
import type { Row } from './scenarios.js';
import { summarize } from './stats.js';

/**
 * What pooling needs beyond a relay row: the raw latency samples (a few thousand per round,
 * kept as Float64Array, out of the row and so out of the JSON) and the operands of its ratios.
 */
export interface RelayRaw {
  moves: Float64Array;
  cursors: Float64Array;
  /** Server CPU seconds in the window, and the workload messages they were spent on. */
  serverCpuS: number;
  workloadMsgs: number;
  /** Final move positions the probes should have seen (the denominator of seen%). */
  expectedMoves: number;
}

/** One relay run: its row, and what is needed to pool it with other rounds. */
export interface RelayRun {
  row: Row;
  raw: RelayRaw;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(total(arrays.map((a) => a.length)));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** "3.1 / 2.8 / 4.0 ms": one figure per round, in run order. */
const perRound = (xs: number[]) => `${xs.map((x) => (Number.isFinite(x) ? x.toFixed(1) : '–')).join(' / ')} ms`;

/**
 * One row from the rounds of one scenario on one target (every round the same workload, each on
 * a fresh server). A single round comes back as it is.
 *
 * - latency percentiles (all, moves, cursors): over the union of every round's raw samples,
 *   never an average of per-round percentiles;
 * - drops, closes: summed; seen%: all moves seen / all moves expected;
 * - CPU µs: total server CPU time / total workload messages over all rounds;
 * - CPU%, in/s, out/s, KB/cl/s: averaged over the rounds (every window is equally long);
 * - RSS: the max over the rounds (each round is a fresh server: the worst peak);
 * - gen% and other%: averaged (the load the measurement and the rest of the machine added on
 *   average); lag99: the max (the worst the generator lagged in any window, as within a round,
 *   where it is the max over the generator threads);
 * - note: how many rounds, each round's p99, then the rounds' own notes (once if they agree).
 */
export function poolRounds(runs: readonly RelayRun[]): Row {
  const first = runs[0];
  if (!first) throw new Error('poolRounds: no rounds');
  for (const { row } of runs)
    if (row.scenario !== first.row.scenario || row.target !== first.row.target || row.clients !== first.row.clients)
      throw new Error(
        `poolRounds: ${row.scenario}/${row.target} pooled with ${first.row.scenario}/${first.row.target}`,
      );
  if (runs.length === 1) return first.row;
  const rows = runs.map((r) => r.row);
  const moves = concat(runs.map((r) => r.raw.moves));
  const cursors = concat(runs.map((r) => r.raw.cursors));
  const all = concat([moves, cursors]);
  const notes = [...new Set(rows.map((r) => r.note).filter(Boolean))];
  const note = [`${runs.length} rounds pooled; p99 per round ${perRound(rows.map((r) => r.latency.p99))}`, ...notes];
  return {
    scenario: first.row.scenario,
    target: first.row.target,
    clients: first.row.clients,
    latency: summarize(all),
    moveP99: summarize(moves).p99,
    cursorP99: summarize(cursors).p99,
    drops: total(rows.map((r) => r.drops)),
    closes: total(rows.map((r) => r.closes)),
    movesSeenPct: (100 * moves.length) / Math.max(1, total(runs.map((r) => r.raw.expectedMoves))),
    inPerS: mean(rows.map((r) => r.inPerS)),
    outPerS: mean(rows.map((r) => r.outPerS)),
    cpuPct: mean(rows.map((r) => r.cpuPct)),
    cpuUs: (total(runs.map((r) => r.raw.serverCpuS)) * 1e6) / total(runs.map((r) => r.raw.workloadMsgs)),
    rssMb: Math.max(...rows.map((r) => r.rssMb)),
    kbPerClientS: mean(rows.map((r) => r.kbPerClientS)),
    genPct: mean(rows.map((r) => r.genPct)),
    genLagP99: Math.max(...rows.map((r) => r.genLagP99)),
    otherPct: mean(rows.map((r) => r.otherPct)),
    note: note.join('; '),
  };
}
