/** Redoes what this client undid. */
import { canChangeUndoable } from '../helpers';
import { registerAction } from '../registry';

export const redo = registerAction({
  id: 'redo',
  labelKey: 'actions.redo',
  kbd: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', ctrl: true },
  ],
  predicate: (ctx) => ctx.rt.role !== 'viewer' && canChangeUndoable(ctx.can) && ctx.rt.undo.canRedo(),
  perform: (ctx) => {
    ctx.ui.stopEditing();
    ctx.rt.undo.redo();
    ctx.ui.pruneSelection((id) => ctx.rt.notes.get(id) !== undefined);
  },
});
