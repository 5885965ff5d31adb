/**
 * The drop of a note drag: one move per notes map (board notes, private drafts), and for board
 * notes, when grouping is allowed now, joining the group frame they land in or leaving the one
 * they were dragged out of — in the same transaction as the move (one undo step).
 */
import { groupsOf, moveNotes, notesOf, permissionsFor, readSession, sessionOf, setNotesGroup } from '@plg/shared';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { readGroups } from '../useSessionData';
import { groupFrames, groupsAfterDrop } from './groupFrames';

export interface Move {
  id: string;
  x: number;
  y: number;
}

/** Group changes for notes dropped at `moves`, judged by the frames as they were before. */
export function regroupOnDrop(rt: BoardRuntime, moves: readonly Move[]): Map<string, string | null> {
  const board = rt.notes.getSnapshot().ordered.filter((n) => !rt.notes.isDraft(n.id));
  const frames = groupFrames(readGroups(groupsOf(rt.doc)), board);
  const dropped = new Map(
    moves.flatMap((m) => {
      const note = rt.notes.get(m.id);
      return note && !rt.notes.isDraft(m.id) ? [[m.id, { ...note, x: m.x, y: m.y }] as const] : [];
    }),
  );
  return groupsAfterDrop(dropped, frames);
}

export function dropNotes(rt: BoardRuntime, moves: readonly Move[]): void {
  const can = permissionsFor(rt.role, readSession(sessionOf(rt.doc)));
  const regroup = can.group ? regroupOnDrop(rt, moves) : new Map<string, string | null>();
  const boardNotes = notesOf(rt.doc);
  for (const { map, items } of rt.notes.byMap(moves, (m) => m.id)) {
    if (map !== boardNotes) {
      moveNotes(rt.doc, items, rt.origin, map);
      continue;
    }
    rt.doc.transact(() => {
      moveNotes(rt.doc, items, rt.origin);
      for (const [id, groupId] of regroup) setNotesGroup(rt.doc, [id], groupId, rt.origin);
    }, rt.origin);
  }
}
