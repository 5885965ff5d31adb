/**
 * What a PNG export shows, from a validated snapshot of the board: the whole board (zones, notes,
 * group frames) or one area zone with the notes whose centre lies in it. Pure data; drawing is
 * renderPng's job.
 */
import { type BoardSnapshot, boundsOf, type Lang, type Note } from '@plg/shared';
import type { ZoneEntry } from '../../canvas/draw/paintZone';
import { zoneEntries } from '../../canvas/draw/zoneEntries';
import type { Box } from '../../canvas/viewport';
import { zoneHeaderOffset } from '../../canvas/zoneStyle';

export interface GroupFrame {
  label: string;
  color: string;
  box: Box;
}

export interface PngScene {
  title: string;
  /** The zone's label for a per-zone image (also in the file name). */
  part: string | null;
  /** Board rectangle drawn (margin included). */
  region: Box;
  zones: ZoneEntry[];
  notes: Note[];
  groups: GroupFrame[];
}

/** Space around the content, board units. */
export const MARGIN = 40;
/** Space between a group's notes and its frame. */
export const GROUP_PAD = 24;

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + by * 2, height: box.height + by * 2 };
}

/** A frame around each group's notes (groups without notes on the board are left out). */
export function groupFrames(snapshot: BoardSnapshot, notes: readonly Note[]): GroupFrame[] {
  return snapshot.groups.flatMap((group) => {
    const box = boundsOf(notes.filter((n) => n.groupId === group.id));
    return box ? [{ label: group.label, color: group.color, box: grow(box, GROUP_PAD) }] : [];
  });
}

export function boardScene(snapshot: BoardSnapshot, lang: Lang): PngScene {
  const templateId = snapshot.meta?.templateId ?? 'empty';
  const notes = snapshot.notes;
  const groups = groupFrames(snapshot, notes);
  const content = boundsOf([...snapshot.zones, ...notes, ...groups.map((g) => g.box)]);
  return {
    title: snapshot.meta?.title ?? '',
    part: null,
    region: grow(content ?? { x: 0, y: 0, width: 800, height: 500 }, MARGIN),
    zones: zoneEntries(snapshot.zones, templateId, lang),
    notes,
    groups,
  };
}

/** One scene per area zone: the zone's panel and its notes (a note belongs where its centre is). */
export function zoneScenes(snapshot: BoardSnapshot, lang: Lang): PngScene[] {
  const templateId = snapshot.meta?.templateId ?? 'empty';
  const entries = zoneEntries(snapshot.zones, templateId, lang);
  return entries
    .filter((e) => e.zone.kind === 'area')
    .map((entry) => {
      const notes = snapshot.notes.filter((n) => n.zoneId === entry.zone.id);
      const groups = groupFrames(snapshot, notes);
      const content = boundsOf([entry.zone, ...notes, ...groups.map((g) => g.box)]) ?? entry.zone;
      return {
        title: snapshot.meta?.title ?? '',
        part: entry.text.label,
        region: grow(content, MARGIN),
        // Alone in its image, the label sits at the top (no centre label to make room for).
        zones: [{ zone: entry.zone, text: { ...entry.text, headerOffset: zoneHeaderOffset(entry.zone, []) } }],
        notes,
        groups,
      };
    });
}
