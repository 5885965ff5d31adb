import { describe, expect, it } from 'vitest';
import type { RelayRun } from './rounds.js';
import { poolRounds } from './rounds.js';
import type { Row } from './scenarios.js';
import { summarize } from './stats.js';

/** A round whose row is derived from its samples the way runRelay derives it. */
function round(
  moves: number[],
  cursors: number[],
  m: { cpuS: number; msgs: number; drops?: number; closes?: number; cpuPct?: number; rssMb?: number },
): RelayRun {
  const row: Row = {
    scenario: 'study',
    target: 'ours',
    clients: 6,
    latency: summarize([...moves, ...cursors]),
    moveP99: summarize(moves).p99,
    cursorP99: summarize(cursors).p99,
    drops: m.drops ?? 0,
    closes: m.closes ?? 0,
    movesSeenPct: 100,
    inPerS: 100,
    outPerS: 400,
    cpuPct: m.cpuPct ?? 10,
    cpuUs: (m.cpuS * 1e6) / m.msgs,
    rssMb: m.rssMb ?? 80,
    kbPerClientS: 2,
    genPct: 20,
    genLagP99: 5,
    otherPct: 1,
    note: 'permessage-deflate agreed with 4 of 4 load clients',
  };
  const raw = {
    moves: Float64Array.from(moves),
    cursors: Float64Array.from(cursors),
    serverCpuS: m.cpuS,
    workloadMsgs: m.msgs,
    expectedMoves: moves.length,
  };
  return { row, raw };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('poolRounds', () => {
  // Round A spreads 1…100 ms (p99 99), round B is all 1 ms (p99 1): their mean p99 would be 50,
  // the union of the 200 samples has p99 98.
  const a = round(range(20), range(100).slice(20), { cpuS: 1, msgs: 1000, drops: 2, closes: 1, rssMb: 80 });
  const b = round(Array(20).fill(1), Array(80).fill(1), { cpuS: 1, msgs: 3000, drops: 3, rssMb: 95, cpuPct: 30 });
  const pooled = poolRounds([a, b]);

  it('takes percentiles over the union of the samples, not the mean of the rounds', () => {
    expect(a.row.latency.p99).toBe(99);
    expect(b.row.latency.p99).toBe(1);
    expect(pooled.latency.p99).toBe(98);
    expect(pooled.latency).toEqual(summarize([...range(100), ...Array(100).fill(1)]));
    expect(pooled.latency.n).toBe(200);
    expect(pooled.moveP99).toBe(summarize([...range(20), ...Array(20).fill(1)]).p99);
    expect(pooled.cursorP99).toBe(summarize([...range(100).slice(20), ...Array(80).fill(1)]).p99);
  });

  it('divides total CPU time by total messages', () => {
    // 2 s over 4000 messages = 500 µs; the mean of the rounds' 1000 and 333 µs would be 667.
    expect(pooled.cpuUs).toBeCloseTo(500, 9);
  });

  it('sums drops and closes, averages CPU%, takes the worst RSS', () => {
    expect(pooled.drops).toBe(5);
    expect(pooled.closes).toBe(1);
    expect(pooled.cpuPct).toBe(20);
    expect(pooled.rssMb).toBe(95);
    expect(pooled.movesSeenPct).toBe(100);
  });

  it('shows each round’s p99 in the note', () => {
    expect(pooled.note).toBe(
      '2 rounds pooled; p99 per round 99.0 / 1.0 ms; permessage-deflate agreed with 4 of 4 load clients',
    );
  });

  it('returns a single round as it is and refuses to pool different targets', () => {
    expect(poolRounds([a])).toBe(a.row);
    const other = { ...b, row: { ...b.row, target: 'yws' as const } };
    expect(() => poolRounds([a, other])).toThrow(/pooled with/);
    expect(() => poolRounds([])).toThrow();
  });
});
