/** Adds a note inside a zone at a free spot (the list view's "add a note here"). */
import { addNotesTo, boundsOf, zonesOf } from '@plg/shared';
import { freeSpotInZone, freeSpotNear } from '../../canvas/placement';
import { ZONE_STYLE, zoneHeaderHeight, zoneHeaderOffset } from '../../canvas/zoneStyle';
import { canAddNote, newNoteTarget } from '../../session/drafts/noteTarget';
import { readZones } from '../../sync/useYMap';
import { endUndoStep } from '../helpers';
import { registerAction } from '../registry';

/** The argument is the zone id, or null for "unsorted" (placed beside the board). */
export const addNoteInZone = registerAction<string | null>({
  id: 'addNoteInZone',
  labelKey: 'list.addHere',
  predicate: (ctx) => canAddNote(ctx.rt, ctx.can),
  perform: (ctx, zoneId) => {
    const { rt, ui } = ctx;
    const target = newNoteTarget(rt, ctx.can);
    if (!target) return;
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
    const [id] = addNotesTo(target.map, [{ ...spot, color: ui.noteColor, authorId: target.authorId }], rt.origin);
    if (id) ui.select([id]);
  },
});
