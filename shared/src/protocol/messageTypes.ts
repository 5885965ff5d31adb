/**
 * Outer frame types of the y-websocket protocol: `[varUint type][payload]`.
 * Sync payloads are y-protocols' sync messages; awareness payloads are `[varUint8Array update]`.
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  /** `[varUint 0][varString reason]`: permission denied (y-protocols/auth). */
  auth: 2,
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MESSAGE)[keyof typeof MESSAGE];

/** Sync sub-types (y-protocols/sync). */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;
