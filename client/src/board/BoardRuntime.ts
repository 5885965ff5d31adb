/**
 * Everything one open board needs at run time, created once per connection generation:
 * the doc, provider and awareness, this client's origin, undo manager, notes index and
 * presence publisher. Disposed when the board closes or its local copy is reset.
 */
import { draftsOf, LocalOrigin, type Role } from '@plg/shared';
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { OwnDocLink } from '../session/own/OwnDocLink';
import type { BoardConnection } from '../sync/connectBoard';
import type { Identity } from '../sync/identity';
import { NotesIndex } from '../sync/notesIndex';
import { PresencePublisher } from '../sync/presence';
import { createUndoManager } from '../sync/undo';

export interface BoardRuntime {
  /** Board id, or the view id on a viewer link. */
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  readonly origin: LocalOrigin;
  readonly undo: Y.UndoManager;
  readonly notes: NotesIndex;
  readonly presence: PresencePublisher;
  readonly identity: Identity;
  readonly role: Role;
  /** This person's private document (drafts, votes, self-assessment), once connected. */
  readonly own: OwnDocLink;
}

export function createRuntime(
  boardId: string,
  conn: BoardConnection,
  identity: Identity,
  role: Role,
): BoardRuntime & { dispose(): void } {
  const origin = new LocalOrigin(identity.id);
  const undo = createUndoManager(conn.doc, origin);
  const notes = new NotesIndex(conn.doc);
  const presence = new PresencePublisher(conn.awareness);
  const own = new OwnDocLink();
  // Private drafts are shown and edited like notes.
  const unlinkDrafts = own.subscribe(() => notes.setDrafts(own.current ? draftsOf(own.current) : null));
  return {
    boardId,
    doc: conn.doc,
    provider: conn.provider,
    awareness: conn.awareness,
    origin,
    undo,
    notes,
    presence,
    identity,
    role,
    own,
    dispose() {
      unlinkDrafts();
      presence.destroy();
      notes.destroy();
      undo.destroy();
    },
  };
}
