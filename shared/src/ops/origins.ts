/**
 * Transaction origins. Every operation runs in one `doc.transact(fn, origin)`: a client's
 * UndoManager tracks only its own local origin, and the server tells its own writes apart.
 */

/** A user's local edits in one client; create one per board session. */
export class LocalOrigin {
  readonly kind = 'local';
  constructor(readonly userId: string) {}
}

/** Writes the server makes (session state, reveal, tallies, restore). */
export const SERVER_ORIGIN = { kind: 'server' } as const;

/** Schema migrations run on load. */
export const MIGRATION_ORIGIN = { kind: 'migration' } as const;

export type Origin = LocalOrigin | typeof SERVER_ORIGIN | typeof MIGRATION_ORIGIN | object;
