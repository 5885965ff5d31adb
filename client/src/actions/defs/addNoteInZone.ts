/** Adds a note inside a zone at a free spot (the list view's "add a note here"). */
import { addNote as addNoteOp, boundsOf, zonesOf } from '@plg/shared';
import { freeSpotInZone, freeSpotNear } from '../../canvas/placement';
import { ZONE_STYLE, zoneHeaderHeight, zoneHeaderOffset } from '../../canvas/zoneStyle';
import { readZones } from '../../sync/useYMap';
import { canAddToBoard, endUndoStep } from '../helpers';
import { registerAction } from '../registry';

/** The argument is the zone id, or null for "unsorted" (placed beside the board). */
export const addNoteInZone = registerAction<string | null>({
  id: 'addNoteInZone',
  labelKey: 'list.addHere',
  predicate: (ctx) => canAddToBoard(ctx.can, ctx.rt.role),
  perform: (ctx, zoneId) => {
    const { rt, ui } = ctx;
    const notes = rt.notes.getSnapshot().ordered;
    const zones = readZones(zonesOf(rt.doc));
    const zone = zones.find((z) => z.id === zoneId);
    let spot: { x: number; y: number };
    if (zone) {
      const centres = zones.filter((z) => z.kind === 'centre');
      const header = zoneHeaderOffset(zone, centres) - ZONE_STYLE.padding + zoneHeaderHeight(zone);
      spot = freeSpotInZone(zone, [...notes, ...centres], header);
    } else {
      // Unsorted: to the right of everything on the board.
      const all = boundsOf([...zones, ...notes]);
      spot = freeSpotNear(all ? { x: all.x + all.width + 200, y: all.y + 100 } : { x: 0, y: 0 }, notes);
    }
    endUndoStep(ctx);
    const id = addNoteOp(rt.doc, { ...spot, color: ui.noteColor, authorId: rt.identity.id }, rt.origin);
    ui.select([id]);
  },
});
