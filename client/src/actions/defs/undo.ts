/** Undoes this client's last change (never a colleague's: see sync/undo.ts). */
import { canChangeUndoable } from '../helpers';
import { registerAction } from '../registry';

export const undo = registerAction({
  id: 'undo',
  labelKey: 'actions.undo',
  kbd: [{ key: 'z', mod: true }],
  predicate: (ctx) => ctx.rt.role !== 'viewer' && canChangeUndoable(ctx.can) && ctx.rt.undo.canUndo(),
  perform: (ctx) => {
    ctx.ui.stopEditing();
    ctx.rt.undo.undo();
    ctx.ui.pruneSelection((id) => ctx.rt.notes.get(id) !== undefined);
  },
});
