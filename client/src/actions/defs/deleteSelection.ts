/** Deletes the selected notes. */
import { deleteNotes } from '@plg/shared';
import { endUndoStep, selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const deleteSelection = registerAction({
  id: 'deleteSelection',
  labelKey: 'actions.deleteSelection',
  kbd: [{ key: 'Delete' }, { key: 'Backspace' }],
  predicate: (ctx) => ctx.can.deleteNotes && selectedIds(ctx).length > 0,
  perform: (ctx) => {
    endUndoStep(ctx);
    deleteNotes(ctx.rt.doc, selectedIds(ctx), ctx.rt.origin);
    endUndoStep(ctx);
    ctx.ui.clearSelection();
    ctx.ui.stopEditing();
  },
});
