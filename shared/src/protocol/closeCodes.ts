/**
 * Websocket close codes the server uses, with the reason it sends. Codes 4400–4499 are
 * permanent: a stock y-websocket client stops reconnecting on them.
 */
export const CLOSE = {
  /** Frame larger than LIMITS.maxMessageBytes. */
  tooBig: { code: 1009, reason: 'message too big' },
  /** A frame that does not decode, or an update Yjs cannot integrate safely. */
  malformed: { code: 1007, reason: 'malformed message' },
  /** Server is shutting down; reconnect. */
  goingAway: { code: 1001, reason: 'server restarting' },
  /** A change this connection may not make (role, lock, phase, budget). */
  forbidden: { code: 4403, reason: 'permission denied' },
  /** The board does not exist (or was deleted). */
  unknownBoard: { code: 4404, reason: 'unknown board' },
  /** A wrong facilitator key or participant secret. */
  badKey: { code: 4401, reason: 'wrong key' },
  /** Too many connections from one address, or too many messages. */
  rateLimited: { code: 4429, reason: 'too many requests' },
  /** Origin not allowed. */
  badOrigin: { code: 4400, reason: 'origin not allowed' },
  /** The store cannot write (disk full or read-only); retry later. */
  storageUnavailable: { code: 4503, reason: 'storage unavailable' },
  /** The document would grow past its limit. */
  documentFull: { code: 4413, reason: 'board is full' },
} as const;

export type CloseKind = keyof typeof CLOSE;

/** The close kind for a code, if it is one of ours. */
export function closeKindOf(code: number): CloseKind | undefined {
  return (Object.keys(CLOSE) as CloseKind[]).find((k) => CLOSE[k].code === code);
}

/**
 * Reasons sent in permission-denied auth messages (before the 4403 close), so a client can
 * tell the user why its change was rolled back.
 */
export const DENIED = {
  viewer: 'viewer-read-only',
  locked: 'board-locked',
  phase: 'not-allowed-in-phase',
  session: 'facilitator-only',
  budget: 'vote-budget',
  invalid: 'invalid-content',
  limit: 'limit-reached',
  foreign: 'not-yours',
} as const;
export type DeniedReason = (typeof DENIED)[keyof typeof DENIED];
