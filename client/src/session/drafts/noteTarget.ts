/**
 * Where a new note goes and whose it is: on the board, or, in a private brainstorm, in this
 * participant's own drafts; and with no author in anonymous mode (the server refuses others).
 */
import { draftsOf, notesOf, type Permissions, readSession, sessionOf } from '@plg/shared';
import type * as Y from 'yjs';
import { canAddToBoard } from '../../actions/helpers';
import type { BoardRuntime } from '../../board/BoardRuntime';

/** The author id new notes carry now: empty in anonymous mode. */
export function authorIdFor(rt: BoardRuntime): string {
  return readSession(sessionOf(rt.doc)).anonymous ? '' : rt.identity.id;
}

export interface NoteTarget {
  map: Y.Map<unknown>;
  authorId: string;
  draft: boolean;
}

/** The notes map a new note goes to, or null when this person may not add one now. */
export function newNoteTarget(rt: BoardRuntime, can: Permissions): NoteTarget | null {
  const authorId = authorIdFor(rt);
  if (canAddToBoard(can, rt.role)) return { map: notesOf(rt.doc), authorId, draft: false };
  const own = rt.own.current;
  if (can.addNotes && can.draftsOnly && own) return { map: draftsOf(own), authorId, draft: true };
  return null;
}

export function canAddNote(rt: BoardRuntime, can: Permissions): boolean {
  return newNoteTarget(rt, can) !== null;
}
