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
    for (const { map, items } of ctx.rt.notes.byMap(ids, (id) => id))
      recolorNotes(ctx.rt.doc, items, color, ctx.rt.origin, map);
    endUndoStep(ctx);
  },
});
