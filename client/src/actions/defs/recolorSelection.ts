/** Gives the selected notes a palette colour; with nothing selected it sets the colour for new notes. */
import { recolorNotes } from '@plg/shared';
import { endUndoStep, selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const recolorSelection = registerAction<string>({
  id: 'recolorSelection',
  labelKey: 'actions.recolor',
  predicate: (ctx) => ctx.rt.role !== 'viewer',
  perform: (ctx, color) => {
    ctx.ui.setNoteColor(color);
    const ids = selectedIds(ctx);
    if (ids.length === 0 || !ctx.can.editNotes) return;
    endUndoStep(ctx);
    recolorNotes(ctx.rt.doc, ids, color, ctx.rt.origin);
    endUndoStep(ctx);
  },
});
