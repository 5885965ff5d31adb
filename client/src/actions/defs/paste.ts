/**
 * Pastes at the pointer (or the view centre): our notes keep their layout; plain text becomes
 * one note per line (shared notesFromLines). The pasted notes are selected.
 */
import { boundsOf, notesFromLines, pasteNotes } from '@plg/shared';
import { authorIdFor } from '../../session/drafts/noteTarget';
import type { Pasted } from '../clipboard';
import { canAddToBoard, endUndoStep, targetPoint } from '../helpers';
import { registerAction } from '../registry';

export const paste = registerAction<Pasted>({
  id: 'paste',
  labelKey: 'actions.paste',
  kbd: [{ key: 'v', mod: true }],
  viaClipboardEvent: true,
  predicate: (ctx) => canAddToBoard(ctx.can, ctx.rt.role),
  perform: (ctx, pasted) => {
    if (!pasted) return;
    const { rt, ui } = ctx;
    const at = targetPoint(ctx);
    endUndoStep(ctx);
    let ids: string[];
    if (pasted.kind === 'notes') {
      const box = boundsOf(pasted.clipboard.notes) ?? { x: 0, y: 0, width: 0, height: 0 };
      const topLeft = { x: at.x - box.width / 2, y: at.y - box.height / 2 };
      ids = pasteNotes(rt.doc, pasted.clipboard, { at: topLeft }, authorIdFor(rt), rt.origin);
    } else {
      ids = notesFromLines(
        rt.doc,
        pasted.text,
        { x: at.x - 100, y: at.y - 80 },
        authorIdFor(rt),
        rt.origin,
        ui.noteColor,
      );
    }
    endUndoStep(ctx);
    ui.stopEditing();
    ui.select(ids);
  },
});
