/**
 * Makes an action point (wie / wat / wanneer) from a note, a group or for a zone: "wat" is
 * prefilled from the note's text or the group's name, the zone comes from where the source
 * lies (zoneOfNote), and the source is linked. Opens the action panel on the new point.
 */
import { addAction, boundsOf, groupsOf, mapIn, readGroup, type Zone, zoneOfNote, zonesOf } from '@plg/shared';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { readZones } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';

export type ActionSource =
  | { kind: 'note'; id: string }
  | { kind: 'group'; id: string }
  | { kind: 'zone'; zoneId: string | null };

/** The fields a new action point starts with. */
export function prefill(
  rt: BoardRuntime,
  zones: readonly Zone[],
  source: ActionSource,
): { what: string; zoneId?: string; sourceId?: string } | null {
  if (source.kind === 'zone') return source.zoneId ? { what: '', zoneId: source.zoneId } : { what: '' };
  if (source.kind === 'note') {
    const note = rt.notes.get(source.id);
    if (!note || rt.notes.isDraft(note.id)) return null;
    const zoneId = zoneOfNote(note, zones);
    return { what: note.text.trim(), sourceId: note.id, ...(zoneId ? { zoneId } : {}) };
  }
  const map = mapIn(groupsOf(rt.doc), source.id);
  const group = map ? readGroup(map) : undefined;
  if (!group) return null;
  const box = boundsOf(rt.notes.getSnapshot().ordered.filter((n) => n.groupId === group.id));
  const zoneId = box ? zoneOfNote(box, zones) : null;
  return { what: group.label, sourceId: group.id, ...(zoneId ? { zoneId } : {}) };
}

/** Adds the action point and opens it in the panel; returns its id (null if the source is gone). */
export function createActionPoint(rt: BoardRuntime, source: ActionSource): string | null {
  const fields = prefill(rt, readZones(zonesOf(rt.doc)), source);
  if (!fields) return null;
  rt.undo.stopCapturing();
  const id = addAction(rt.doc, fields, rt.origin);
  rt.undo.stopCapturing();
  const ui = useSessionUi.getState();
  ui.setPanel('actions');
  ui.setFocusAction(id);
  return id;
}
