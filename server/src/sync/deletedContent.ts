/**
 * What a transaction deleted, as far as a joining client may still be shown it.
 *
 * A client that joins gets the room's last encoded full state and the updates relayed since
 * (RoomDoc.ts). Both were encoded before later deletions, so they still hold what those deleted,
 * where a fresh encoding holds only tombstones: a note's text after it was deleted, an author
 * after the board went anonymous. Only a note's or zone's old position may be shown that way: a
 * number under `x` or `y`, overwritten by a move. Anything else a transaction deletes means the
 * next joiner must get a fresh encoding.
 */
import * as Y from 'yjs';

/** Map keys whose old values a joiner may see: coordinates. */
const POSITION_KEYS: ReadonlySet<string> = new Set(['x', 'y']);

/** Whether everything `transaction` deleted is an old coordinate (true when it deleted nothing). */
export function deletedOnlyPositions(transaction: Y.Transaction): boolean {
  let onlyPositions = true;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (onlyPositions && !isPosition(struct)) onlyPositions = false;
  });
  return onlyPositions;
}

function isPosition(struct: Y.Item | Y.GC): boolean {
  if (!(struct instanceof Y.Item) || struct.parentSub === null || !POSITION_KEYS.has(struct.parentSub)) return false;
  const { content } = struct;
  return content instanceof Y.ContentAny && content.arr.every((value) => typeof value === 'number');
}
