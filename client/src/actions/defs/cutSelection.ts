/** Cuts the selected notes: copy, then delete. */
import { deleteNotes } from '@plg/shared';
import { encodeClipboard, writeToDataTransfer } from '../clipboard';
import { endUndoStep, selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const cutSelection = registerAction<DataTransfer | undefined>({
  id: 'cutSelection',
  labelKey: 'actions.cut',
  kbd: [{ key: 'x', mod: true }],
  viaClipboardEvent: true,
  predicate: (ctx) => ctx.can.deleteNotes && selectedIds(ctx).length > 0,
  perform: (ctx, dt) => {
    const ids = selectedIds(ctx);
    const payload = encodeClipboard(ctx.rt.doc, ids);
    if (!payload) return;
    if (dt) writeToDataTransfer(dt, payload);
    else void navigator.clipboard?.writeText(payload.text);
    endUndoStep(ctx);
    for (const part of ctx.rt.notes.byMap(ids, (id) => id))
      deleteNotes(ctx.rt.doc, part.items, ctx.rt.origin, part.map);
    ctx.ui.clearSelection();
  },
});
