/** Escape: leaves text editing, else clears the selection. */
import { registerAction } from '../registry';

export const cancelOrDeselect = registerAction({
  id: 'escape',
  labelKey: 'actions.escape',
  kbd: [{ key: 'Escape' }],
  predicate: (ctx) => ctx.ui.editingId !== null || ctx.ui.selection.size > 0 || ctx.ui.focusedId !== null,
  perform: (ctx) => {
    if (ctx.ui.editingId) ctx.ui.stopEditing();
    else {
      ctx.ui.clearSelection();
      ctx.ui.setFocused(null);
    }
  },
});
