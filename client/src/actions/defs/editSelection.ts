/** Enter: opens the selected (or keyboard-focused) note for typing. */
import { endUndoStep, selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const editSelection = registerAction({
  id: 'editSelection',
  labelKey: 'actions.editNote',
  kbd: [{ key: 'Enter' }, { key: 'F2' }],
  scope: 'canvas',
  predicate: (ctx) => ctx.can.editNotes && (ctx.ui.focusedId !== null || selectedIds(ctx).length === 1),
  perform: (ctx) => {
    const id = ctx.ui.focusedId ?? selectedIds(ctx)[0];
    if (!id || !ctx.rt.notes.get(id)) return;
    endUndoStep(ctx);
    ctx.ui.startEditing(id);
  },
});
