/**
 * Dot voting on this side: the person's dots (their private `votes` map), whether one more dot
 * on an item stays within the rules the server applies (shared checkVotes), and the ranking of
 * the published tallies.
 */
import { checkVotes, myVotesOf, type Tally, type Voting, votesLeft } from '@plg/shared';
import type * as Y from 'yjs';

export type Dots = Readonly<Record<string, number>>;

/** The dots in a private document's `votes` map (whole positive numbers only). */
export function readDots(map: Y.Map<unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, n] of map.entries()) if (typeof n === 'number' && Number.isInteger(n) && n > 0) out[id] = n;
  return out;
}

/** The dots after adding (`+1`) or taking back (`-1`) one on `targetId`. */
export function withDot(dots: Dots, targetId: string, delta: 1 | -1): Record<string, number> {
  const next = { ...dots };
  const n = (next[targetId] ?? 0) + delta;
  if (n > 0) next[targetId] = n;
  else delete next[targetId];
  return next;
}

/** Whether one more dot on `targetId` is allowed (budget, per-item maximum, existing target). */
export function canAddDot(dots: Dots, voting: Voting, targetId: string, exists: (id: string) => boolean): boolean {
  if (voting.status !== 'open') return false;
  return checkVotes(withDot(dots, targetId, 1), voting, exists) === null;
}

export { votesLeft };

/**
 * Writes one dot more or less on `targetId` into the private document, after checking it; the
 * server would refuse (and roll back) anything else. Returns whether it wrote.
 */
export function changeDot(
  doc: Y.Doc,
  voting: Voting,
  targetId: string,
  delta: 1 | -1,
  exists: (id: string) => boolean,
  origin: unknown,
): boolean {
  const map = myVotesOf(doc);
  const dots = readDots(map);
  if (delta === 1 && !canAddDot(dots, voting, targetId, exists)) return false;
  if (delta === -1 && !(dots[targetId] && voting.status === 'open')) return false;
  const n = withDot(dots, targetId, delta)[targetId];
  doc.transact(() => {
    if (n) map.set(targetId, n);
    else map.delete(targetId);
  }, origin);
  return true;
}

export interface Ranked {
  id: string;
  count: number;
  voters?: string[];
  /** 1-based; items with the same count share a rank. */
  rank: number;
}

/** Tallies from most to fewest dots (ties in `order`'s order), with shared ranks. */
export function rankTallies(tallies: Readonly<Record<string, Tally>>, order: (id: string) => number): Ranked[] {
  const list = Object.entries(tallies)
    .filter(([, t]) => t.count > 0)
    .sort(([a, ta], [b, tb]) => tb.count - ta.count || order(a) - order(b));
  const out: Ranked[] = [];
  list.forEach(([id, t], i) => {
    const prev = out[i - 1];
    const rank = prev && prev.count === t.count ? prev.rank : i + 1;
    out.push({ id, count: t.count, rank, ...(t.voters ? { voters: t.voters } : {}) });
  });
  return out;
}
