/**
 * Moves a caret position through a Y.Text change (its delta), so a remote edit does not make the
 * local caret jump. An insert exactly at the caret leaves the caret before it: when two people
 * type at the same spot, each keeps typing after their own words, never interleaving letters.
 */

/** One op of a Y.Text delta (Quill style). */
export interface DeltaOp {
  insert?: unknown;
  retain?: number;
  delete?: number;
}

function insertLength(insert: unknown): number {
  return typeof insert === 'string' ? insert.length : 1;
}

/** The position `pos` (in the text before the change) moved into the text after it. */
export function transformPosition(pos: number, delta: readonly DeltaOp[]): number {
  let oldIndex = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldIndex >= pos && op.insert === undefined) break;
    if (op.retain !== undefined) oldIndex += op.retain;
    else if (op.insert !== undefined) {
      if (oldIndex < pos) shift += insertLength(op.insert);
    } else if (op.delete !== undefined) {
      if (oldIndex < pos) shift -= Math.min(op.delete, pos - oldIndex);
      oldIndex += op.delete;
    }
  }
  return Math.max(0, pos + shift);
}

/** A splice `{ index, remove }` (in the text before the change) moved into the text after it. */
export function transformSplice(
  splice: { index: number; remove: number },
  delta: readonly DeltaOp[],
): { index: number; remove: number } {
  const start = transformPosition(splice.index, delta);
  const end = transformPosition(splice.index + splice.remove, delta);
  return { index: start, remove: Math.max(0, end - start) };
}
