/** Adds a note near the pointer (or the view centre), selects it and opens it for typing. */
import { addNote as addNoteOp, zonesOf } from '@plg/shared';
import { freeSpotNear } from '../../canvas/placement';
import { readZones } from '../../sync/useYMap';
import { canAddToBoard, endUndoStep, targetPoint } from '../helpers';
import { registerAction } from '../registry';

/** The argument is a board point (double-click); from a shortcut it carries key details instead. */
export const addNote = registerAction<{ x: number; y: number } | undefined>({
  id: 'addNote',
  labelKey: 'actions.addNote',
  kbd: [{ key: 'n' }],
  predicate: (ctx) => canAddToBoard(ctx.can, ctx.rt.role),
  perform: (ctx, at) => {
    const { rt, ui } = ctx;
    const point = at && 'x' in at ? at : null;
    let spot: { x: number; y: number };
    if (point) spot = { x: point.x - 100, y: point.y - 80 };
    else {
      // A free spot near the pointer or view centre, covering no note and not the centre label.
      const centres = readZones(zonesOf(rt.doc)).filter((z) => z.kind === 'centre');
      spot = freeSpotNear(targetPoint(ctx), [...rt.notes.getSnapshot().ordered, ...centres]);
    }
    endUndoStep(ctx);
    const id = addNoteOp(rt.doc, { ...spot, color: ui.noteColor, authorId: rt.identity.id }, rt.origin);
    ui.setFocused(null);
    ui.startEditing(id);
  },
});
