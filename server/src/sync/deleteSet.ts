/**
 * The delete set of a Yjs update (v1 encoding) read straight from its bytes, and whether one
 * delete set is covered by another: what tells, without building a document, that a returning
 * client's sync reply deletes nothing the stored snapshot has not deleted already.
 */
import * as decoding from 'lib0/decoding';

/** Deleted ranges per client: [clock, length], sorted by clock, adjacent ranges merged. */
export type DeleteRanges = Map<number, [number, number][]>;

/**
 * The delete set of an update that carries no structs (as `Y.diffUpdate` leaves it once every
 * struct is known); null when it carries structs or cannot be read.
 */
export function readDeleteSet(update: Uint8Array): DeleteRanges | null {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) !== 0) return null;
    const ranges: DeleteRanges = new Map();
    const clients = decoding.readVarUint(decoder);
    for (let i = 0; i < clients; i++) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      const list = ranges.get(client) ?? [];
      for (let j = 0; j < count; j++) {
        const clock = decoding.readVarUint(decoder);
        const len = decoding.readVarUint(decoder);
        if (len > 0) list.push([clock, len]);
      }
      ranges.set(client, list);
    }
    if (decoding.hasContent(decoder)) return null;
    for (const list of ranges.values()) merge(list);
    return ranges;
  } catch {
    return null;
  }
}

/** Whether every range of `ds` lies inside the ranges of `known` (both as readDeleteSet gives them). */
export function coveredBy(ds: DeleteRanges, known: DeleteRanges): boolean {
  for (const [client, list] of ds) {
    const have = known.get(client) ?? [];
    for (const [clock, len] of list) if (!inside(have, clock, clock + len)) return false;
  }
  return true;
}

/** Sorts by clock and merges overlapping or adjacent ranges, in place. */
function merge(list: [number, number][]): void {
  list.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const range of list) {
    const last = list[w - 1];
    if (last && range[0] <= last[0] + last[1]) last[1] = Math.max(last[1], range[0] + range[1] - last[0]);
    else list[w++] = [range[0], range[1]];
  }
  list.length = w;
}

/** Whether [from, to) lies inside one of the sorted, merged ranges of `have` (binary search). */
function inside(have: readonly [number, number][], from: number, to: number): boolean {
  let lo = 0;
  let hi = have.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [clock, len] = have[mid] as [number, number];
    if (from < clock) hi = mid - 1;
    else if (from >= clock + len) lo = mid + 1;
    else return to <= clock + len;
  }
  return false;
}
