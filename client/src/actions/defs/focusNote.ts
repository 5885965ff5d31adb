/**
 * Tab / Shift+Tab on the canvas move the keyboard focus through the notes in reading order
 * (top to bottom, left to right), bringing each into view. Past the last note, Tab leaves the
 * canvas as usual, so keyboard users are never trapped.
 */
import type { Note } from '@plg/shared';
import { ensureVisible } from '../../canvas/viewport';
import type { KeyArg } from '../helpers';
import { registerAction } from '../registry';
import type { ActionContext } from '../types';

/** Notes in reading order: rows of roughly one note height, then left to right. */
export function readingOrder(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) => Math.round(a.y / 120) - Math.round(b.y / 120) || a.x - b.x || (a.id < b.id ? -1 : 1),
  );
}

function move(ctx: ActionContext, direction: 1 | -1): boolean {
  const order = readingOrder(ctx.rt.notes.getSnapshot().ordered);
  if (order.length === 0) return false;
  // Entering the canvas starts from the first (Tab) or last (Shift+Tab) note.
  const current = ctx.ui.focusedId;
  const at = current ? order.findIndex((n) => n.id === current) : -1;
  const nextIndex = at === -1 ? (direction > 0 ? 0 : order.length - 1) : at + direction;
  const next = order[nextIndex];
  if (!next) {
    ctx.ui.setFocused(null);
    return false;
  }
  ctx.ui.setFocused(next.id);
  ctx.ui.select([next.id]);
  ctx.ui.setViewport(ensureVisible(ctx.ui.viewport, ctx.ui.stageSize, next, 60));
  return true;
}

export const focusNote = registerAction<KeyArg>({
  id: 'focusNote',
  labelKey: 'actions.focusNext',
  kbd: [{ key: 'Tab' }, { key: 'Tab', shift: true }],
  scope: 'canvas',
  predicate: (ctx) => ctx.ui.editingId === null,
  perform: (ctx, key) => move(ctx, key?.shift ? -1 : 1),
});
