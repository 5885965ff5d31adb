/**
 * Small helpers the actions share: the current selection (existing notes only), where to put
 * new or pasted notes, and what this client may write.
 */
import type { Permissions, Role } from '@plg/shared';
import { viewCentre } from '../canvas/viewport';
import type { ActionContext } from './types';

/** Keyboard details passed to actions run from a shortcut. */
export type KeyArg = { key: string; shift: boolean } | undefined;

export function selectedIds(ctx: ActionContext): string[] {
  return [...ctx.ui.selection].filter((id) => ctx.rt.notes.get(id) !== undefined);
}

/** The pointer over the canvas, else the centre of the view (board units). */
export function targetPoint(ctx: ActionContext): { x: number; y: number } {
  return ctx.ui.pointer ?? viewCentre(ctx.ui.viewport, ctx.ui.stageSize);
}

/** May this client put new notes on the board (not only in private drafts)? */
export function canAddToBoard(can: Permissions, role: Role): boolean {
  return can.addNotes && (!can.draftsOnly || role === 'facilitator');
}

/**
 * May this client change anything undo covers (notes, groups, action points)? Not on a locked
 * board, for instance: an undo there would only be refused by the server and rolled back.
 */
export function canChangeUndoable(can: Permissions): boolean {
  return can.addNotes || can.editNotes || can.deleteNotes || can.group || can.actions;
}

/** After a discrete change, start a new undo step. */
export function endUndoStep(ctx: ActionContext): void {
  ctx.rt.undo.stopCapturing();
}
