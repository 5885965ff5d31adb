/**
 * y-websocket's provider sends every awareness change it sees: its own, and everyone else's it
 * has just received from the server. In a room of C people each cursor move then comes back to
 * the server C − 1 times (C² messages for the server to read and drop, since a connection may
 * only speak for its own presence). This keeps the provider's sending but only for this tab's
 * own state; everyone else's reaches the others from the server directly.
 */
import type { WebsocketProvider } from 'y-websocket';

interface Changes {
  added: number[];
  updated: number[];
  removed: number[];
}

type Handler = (changes: Changes, origin: unknown) => void;

export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const internals = provider as unknown as { _awarenessUpdateHandler: Handler };
  const send = internals._awarenessUpdateHandler;
  const { awareness } = provider;
  const own = (ids: number[]) => ids.filter((id) => id === awareness.clientID);
  const ownOnly: Handler = ({ added, updated, removed }, origin) => {
    const changes = { added: own(added), updated: own(updated), removed: own(removed) };
    if (changes.added.length + changes.updated.length + changes.removed.length > 0) send(changes, origin);
  };
  awareness.off('update', send);
  awareness.on('update', ownOnly);
  // provider.destroy() unsubscribes whatever this field holds.
  internals._awarenessUpdateHandler = ownOnly;
}
