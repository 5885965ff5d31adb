/**
 * When a room's update log is folded into a snapshot. Compacting encodes the whole document,
 * checks that it loads, and rewrites its rows: tens of milliseconds on the main thread for a
 * busy board, during which no room relays anything. So a room compacts when it goes quiet (no
 * document change for a while), and only a log that grows past a hard limit while the room
 * never pauses is compacted in the middle of the work. Unloading an idle room compacts too.
 */

import * as Y from 'yjs';

/** A log this long is compacted at the next quiet moment… */
export const SOFT_UPDATES = 500;
export const SOFT_BYTES = 256 * 1024;
/** …and this long, now (so a load never replays more than about this much). */
export const HARD_UPDATES = 5_000;
export const HARD_BYTES = 1024 * 1024;
/** A room is quiet after this long without a document change. */
export const QUIET_MS = 1_500;

export interface LogSize {
  logCount: number;
  logBytes: number;
}

/** `snapshot` (a document's full state), after a round trip: it must load into a fresh document (throws if not). */
export function checkedSnapshot(snapshot: Uint8Array): Uint8Array {
  const check = new Y.Doc();
  try {
    Y.applyUpdate(check, snapshot);
    Y.encodeStateAsUpdate(check);
  } finally {
    check.destroy();
  }
  return snapshot;
}

export function compactionDue(log: LogSize): 'now' | 'when-quiet' | 'no' {
  if (log.logCount >= HARD_UPDATES || log.logBytes >= HARD_BYTES) return 'now';
  if (log.logCount >= SOFT_UPDATES || log.logBytes >= SOFT_BYTES) return 'when-quiet';
  return 'no';
}
