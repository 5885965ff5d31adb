/**
 * An open board: builds the runtime for the current connection, publishes presence, wires the
 * keyboard and clipboard, and lays out the top bar, canvas, toolbar, zoom controls, list panel
 * and dialogs. Read-only (no editing chrome) for viewers. Exposes `window.__plg` for tests.
 */
import { presenceColor, type Role } from '@plg/shared';
import { useEffect, useMemo, useState } from 'react';
import { takeShareOnOpen } from '../api/createdBoards';
import { BoardContext } from '../board/BoardContext';
import { type BoardRuntime, createRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import type { BoardConnection } from '../sync/connectBoard';
import { type Identity, saveName } from '../sync/identity';
import { BoardLayout } from './BoardLayout';

export interface BoardViewProps {
  boardId: string;
  connection: BoardConnection;
  identity: Identity;
  onIdentity(identity: Identity): void;
  boardRole: Role;
  info: { title: string; joinCode?: string; url?: string; viewerUrl?: string } | null;
  facilitatorKey: string | null;
}

declare global {
  interface Window {
    __plg?: Record<string, unknown>;
  }
}

export function BoardView(props: BoardViewProps) {
  const t = useT();
  const { boardId, connection, identity, boardRole: role } = props;
  const [rt, setRt] = useState<BoardRuntime | null>(null);
  const [shareOnOpen] = useState(() => takeShareOnOpen(boardId));

  // identity.name changes do not rebuild the runtime (the presence effect below publishes them).
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const runtime = createRuntime(boardId, connection, identity, role);
    setRt(runtime);
    window.__plg = {
      doc: connection.doc,
      provider: connection.provider,
      awareness: connection.awareness,
      ui: useUiStore,
      boardId,
      role,
      undo: runtime.undo,
      origin: runtime.origin,
      notes: runtime.notes,
    };
    return () => {
      runtime.dispose();
      setRt(null);
      if (window.__plg?.doc === connection.doc) window.__plg = undefined;
    };
  }, [boardId, connection, role, identity.id]);

  // A fresh session state when a board opens (not when its local copy is rebuilt after a
  // refused change: the camera stays, and the toast explaining the rollback must survive).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount
  useEffect(() => {
    if (connection.generation > 0) return;
    const ui = useUiStore.getState();
    ui.resetBoardState();
    if (window.matchMedia?.('(max-width: 720px)').matches) ui.setMainView('list');
  }, []);

  const displayName = identity.name || (role === 'viewer' ? t('roles.viewer') : '');
  const self = useMemo(
    () => (displayName ? { id: identity.id, name: displayName, color: presenceColor(identity.id), role } : null),
    [identity.id, displayName, role],
  );
  useEffect(() => {
    if (rt && self) rt.presence.setUser(self);
  }, [rt, self]);

  if (!rt) return null;
  return (
    <BoardContext.Provider value={rt}>
      <BoardLayout
        {...props}
        rt={rt}
        self={self}
        needsName={!identity.name && role !== 'viewer'}
        shareOnOpen={shareOnOpen}
        onName={(name) => props.onIdentity(saveName(name))}
      />
    </BoardContext.Provider>
  );
}
