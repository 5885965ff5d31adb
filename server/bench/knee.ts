/**
 * The knee of one server from its ramp: the largest room in which p99 stays under the limit with
 * nothing dropped or closed, and whether that figure is the server's or only a lower bound.
 *
 * On a 2-core machine the load generator has one core. When the first step that fails had that
 * core (nearly) full while the server's own core still had room, or no step failed at all, the
 * ramp did not find where the server gives up: the figure is "at least", and saying so keeps a
 * ratio built on it honest. A server whose core was full at that step set its own limit, however
 * busy the generator was (a collapsing server keeps it busy too).
 */
import type { Row } from './scenarios.js';

/** From this share of its core the load generator, not the server, is taken to set the limit. */
export const GENERATOR_BOUND_PCT = 85;
/** From this share of its core the server is taken to be the limit. */
export const SERVER_FULL_PCT = 90;

export interface Knee {
  /** Largest passing step; null when the first step already failed. */
  clients: number | null;
  /** The server could take more than `clients`: the ramp ran out or the generator did. */
  lowerBound: boolean;
  /** Why it is a lower bound, for the report. */
  why: string | null;
}

export function passes(row: Row, p99LimitMs: number): boolean {
  return row.latency.p99 < p99LimitMs && row.drops === 0 && row.closes === 0;
}

/** The knee from the ramp's rows of one server, in step order (the ramp stops at the first failure). */
export function kneeOf(rows: readonly Row[], p99LimitMs: number): Knee {
  let clients: number | null = null;
  for (const row of rows) {
    if (!passes(row, p99LimitMs)) {
      if (row.genPct < GENERATOR_BOUND_PCT || row.cpuPct >= SERVER_FULL_PCT)
        return { clients, lowerBound: false, why: null };
      const why = `at ${row.clients} the load generator's core was ${row.genPct.toFixed(0)} % busy, the server's ${row.cpuPct.toFixed(0)} %`;
      return { clients, lowerBound: true, why };
    }
    clients = row.clients;
  }
  return { clients, lowerBound: clients !== null, why: clients !== null ? 'the ramp ended' : null };
}

/** "knee ours: 1000 (at least: …)" */
export function describeKnee(label: string, knee: Knee, firstStep: number): string {
  if (knee.clients === null) return `knee ${label}: < ${firstStep}`;
  return `knee ${label}: ${knee.clients}${knee.lowerBound ? ` (at least: ${knee.why})` : ''}`;
}

/** The ratio line, "≥" when ours is only a lower bound (and the reference's is not). */
export function describeKneeRatio(ours: Knee, references: readonly Knee[]): string | null {
  if (ours.clients === null || references.length === 0) return null;
  const best = Math.max(1, ...references.map((k) => k.clients ?? 0));
  const atLeast = ours.lowerBound && !references.some((k) => k.lowerBound && (k.clients ?? 0) === best);
  return `knee ratio ours/best reference: ${atLeast ? '≥ ' : ''}${(ours.clients / best).toFixed(2)}×`;
}
