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
    // Board notes and private drafts each in their own map.
    for (const { map, items } of ctx.rt.notes.byMap(selectedIds(ctx), (id) => id))
      deleteNotes(ctx.rt.doc, items, ctx.rt.origin, map);
    endUndoStep(ctx);
    ctx.ui.clearSelection();
    ctx.ui.stopEditing();
  },
});
