/** Deletes one note (the list view's delete button). */
import { deleteNotes } from '@plg/shared';
import { endUndoStep } from '../helpers';
import { registerAction } from '../registry';

export const deleteNote = registerAction<string>({
  id: 'deleteNote',
  labelKey: 'list.delete',
  predicate: (ctx) => ctx.can.deleteNotes,
  perform: (ctx, id) => {
    endUndoStep(ctx);
    deleteNotes(ctx.rt.doc, [id], ctx.rt.origin, ctx.rt.notes.mapOf(id));
    endUndoStep(ctx);
    ctx.ui.pruneSelection((n) => n !== id);
    if (ctx.ui.editingId === id) ctx.ui.stopEditing();
  },
});
