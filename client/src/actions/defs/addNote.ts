/** Adds a note near the pointer (or the view centre), selects it and opens it for typing. */
import { addNotesTo, zonesOf } from '@plg/shared';
import { freeSpotNear } from '../../canvas/placement';
import { canAddNote, newNoteTarget } from '../../session/drafts/noteTarget';
import { readZones } from '../../sync/useYMap';
import { endUndoStep, targetPoint } from '../helpers';
import { registerAction } from '../registry';

/** The argument is a board point (double-click); from a shortcut it carries key details instead. */
export const addNote = registerAction<{ x: number; y: number } | undefined>({
  id: 'addNote',
  labelKey: 'actions.addNote',
  kbd: [{ key: 'n' }],
  predicate: (ctx) => canAddNote(ctx.rt, ctx.can),
  perform: (ctx, at) => {
    const { rt, ui } = ctx;
    // On the board, or in a private brainstorm into this participant's own drafts.
    const target = newNoteTarget(rt, ctx.can);
    if (!target) return;
    const point = at && 'x' in at ? at : null;
    let spot: { x: number; y: number };
    if (point) spot = { x: point.x - 100, y: point.y - 80 };
    else {
      // A free spot near the pointer or view centre, covering no note and not the centre label.
      const centres = readZones(zonesOf(rt.doc)).filter((z) => z.kind === 'centre');
      spot = freeSpotNear(targetPoint(ctx), [...rt.notes.getSnapshot().ordered, ...centres]);
    }
    endUndoStep(ctx);
    const [id] = addNotesTo(target.map, [{ ...spot, color: ui.noteColor, authorId: target.authorId }], rt.origin);
    if (!id) return;
    ui.setFocused(null);
    ui.startEditing(id);
  },
});
