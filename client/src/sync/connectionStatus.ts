/**
 * What the connection badge says, derived from the browser's online flag and the provider's
 * state, so that it tells the truth: "verbonden" only once the server has synced us.
 */

export const BADGE_STATUS = { connected: 'connected', connecting: 'connecting', offline: 'offline' } as const;
export type BadgeStatus = (typeof BADGE_STATUS)[keyof typeof BADGE_STATUS];

export interface ConnectionInfo {
  status: BadgeStatus;
  /** The server said it cannot store (4503); the provider keeps retrying. */
  storageProblem: boolean;
  /** Edits made now are kept in IndexedDB (shown while not connected). */
  savedLocally: boolean;
  /** The server's state has been received since the last (re)connect. */
  synced: boolean;
}

export interface RawConnectionState {
  online: boolean;
  ws: 'connected' | 'connecting' | 'disconnected';
  synced: boolean;
  storageProblem: boolean;
  localPersistence: boolean;
}

export function deriveConnection(raw: RawConnectionState): ConnectionInfo {
  const status: BadgeStatus = !raw.online
    ? 'offline'
    : raw.ws === 'connected' && raw.synced
      ? 'connected'
      : 'connecting';
  return {
    status,
    storageProblem: raw.storageProblem,
    savedLocally: status !== 'connected' && raw.localPersistence,
    synced: raw.synced,
  };
}
