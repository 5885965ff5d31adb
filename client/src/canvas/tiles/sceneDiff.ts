/**
 * What changed between two states of the notes on the canvas, as board rectangles to repaint:
 * notes added, removed or changed (old and new place), and notes hidden or shown (dragged away,
 * edited). `null` means so much changed that everything should be repainted.
 */
import type { Note } from '@plg/shared';
import type { Box } from '../viewport';

/** Past this many dirty rectangles a full repaint is cheaper than testing each tile. */
const MAX_DIRTY = 400;

export interface NotesState {
  byId: ReadonlyMap<string, Note>;
  hidden: ReadonlySet<string>;
}

export function dirtyBoxes(before: NotesState, after: NotesState): Box[] | null {
  const out: Box[] = [];
  const push = (note: Note | undefined) => {
    if (note) out.push({ x: note.x, y: note.y, width: note.width, height: note.height });
  };
  if (before.byId !== after.byId) {
    for (const [id, note] of after.byId) {
      const old = before.byId.get(id);
      if (old === note) continue;
      push(old);
      push(note);
      if (out.length > MAX_DIRTY) return null;
    }
    for (const [id, old] of before.byId) if (!after.byId.has(id)) push(old);
  }
  if (before.hidden !== after.hidden) {
    for (const id of after.hidden) if (!before.hidden.has(id)) push(after.byId.get(id) ?? before.byId.get(id));
    for (const id of before.hidden) if (!after.hidden.has(id)) push(after.byId.get(id) ?? before.byId.get(id));
  }
  return out.length > MAX_DIRTY ? null : out;
}

/** Two id sets with the same members. */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
