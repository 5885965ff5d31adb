/**
 * Connects this person's private document (`<boardId>/private`: drafts, votes, self-assessment,
 * profile) with the same BoardSession as the board itself: offline copy in IndexedDB
 * (`plg-private:<boardId>`), and the local copy thrown away and resynced after a refused change
 * (4403, e.g. a vote over budget). Viewers have none. Writes the display name to `profile`.
 */
import { profileOf } from '@plg/shared';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { connectBoard } from '../../sync/connectBoard';
import { eventMessage } from '../../sync/useBoardSession';

export function useOwnDocument(rt: BoardRuntime, facilitatorKey: string | null, name: string): void {
  const t = useT();
  // Toasts in the current language, without reconnecting when the language changes.
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    if (rt.role === 'viewer') return;
    const secret = rt.identity.secret;
    const session = connectBoard({
      room: `${rt.boardId}/private`,
      persistenceName: `plg-private:${rt.boardId}`,
      params: facilitatorKey ? { as: secret, key: facilitatorKey } : { as: secret },
    });
    const sync = () => {
      const { connection, info } = session.getSnapshot();
      // Nobody sees presence in a private document: publish none.
      if (connection.awareness.getLocalState() !== null) connection.awareness.setLocalState(null);
      rt.own.set(connection.doc, info.synced);
      if (window.__plg) window.__plg.own = connection.doc;
    };
    sync();
    const unsubscribe = session.subscribe(sync);
    const unlisten = session.onEvent((e) => {
      const message = eventMessage(e, tRef.current);
      if (message) useUiStore.getState().pushToast(message.text, message.tone);
    });
    return () => {
      unsubscribe();
      unlisten();
      rt.own.set(null);
      void session.destroy();
    };
  }, [rt, facilitatorKey]);

  // The name goes into the profile once the document has synced (a write before the sync could
  // lose against the stored value).
  const doc = useSyncExternalStore(rt.own.subscribe, rt.own.getSnapshot);
  const synced = useSyncExternalStore(rt.own.subscribe, () => rt.own.isSynced);
  useEffect(() => {
    if (!doc || !synced || !name) return;
    const profile = profileOf(doc);
    if (profile.get('name') !== name) doc.transact(() => profile.set('name', name), rt.origin);
  }, [doc, synced, name, rt]);
}
