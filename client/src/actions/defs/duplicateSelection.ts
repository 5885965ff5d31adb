/** Duplicates the selected notes, offset, and selects the copies. */
import { duplicateNotes } from '@plg/shared';
import { authorIdFor } from '../../session/drafts/noteTarget';
import { canAddToBoard, endUndoStep, selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const duplicateSelection = registerAction({
  id: 'duplicateSelection',
  labelKey: 'actions.duplicateSelection',
  kbd: [{ key: 'd', mod: true }],
  predicate: (ctx) => canAddToBoard(ctx.can, ctx.rt.role) && selectedIds(ctx).length > 0,
  perform: (ctx) => {
    endUndoStep(ctx);
    const copies = duplicateNotes(ctx.rt.doc, selectedIds(ctx), authorIdFor(ctx.rt), ctx.rt.origin);
    endUndoStep(ctx);
    ctx.ui.select(copies);
  },
});
