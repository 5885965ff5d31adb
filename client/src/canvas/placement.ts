/**
 * Where to put a new note: a free spot inside a zone (list view "add a note here"), or near a
 * point on the canvas, scanning a grid of note-sized cells for one that overlaps no note.
 */
import { DEFAULT_NOTE_SIZE } from '@plg/shared';
import { intersects } from './culling';
import type { Box, Point } from './viewport';
import { zoneHeaderHeight } from './zoneStyle';

const GAP = 20;

/** The first grid cell inside `zone` (below its header) that overlaps none of `notes`. */
export function freeSpotInZone(
  zone: Box,
  notes: readonly Box[],
  headerHeight = zoneHeaderHeight({ width: zone.width, kind: 'area' }),
): Point {
  const w = DEFAULT_NOTE_SIZE.width;
  const h = DEFAULT_NOTE_SIZE.height;
  const left = zone.x + GAP * 2;
  const top = zone.y + Math.min(headerHeight, Math.max(0, zone.height - h - GAP));
  const cols = Math.max(1, Math.floor((zone.width - GAP * 3) / (w + GAP)));
  const rows = Math.max(1, Math.floor((zone.y + zone.height - top - GAP) / (h + GAP)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = { x: left + c * (w + GAP), y: top + r * (h + GAP), width: w, height: h };
      if (!notes.some((n) => intersects(n, cell))) return { x: cell.x, y: cell.y };
    }
  }
  // The zone is full: stack with a small offset so the new note is still visibly new.
  const offset = (notes.length % 10) * 12;
  return { x: left + offset, y: top + offset };
}

/** A free spot for a note centred near `p`, spiralling outwards over note-sized cells. */
export function freeSpotNear(p: Point, notes: readonly Box[], maxRings = 6): Point {
  const w = DEFAULT_NOTE_SIZE.width;
  const h = DEFAULT_NOTE_SIZE.height;
  const origin = { x: p.x - w / 2, y: p.y - h / 2 };
  for (let ring = 0; ring <= maxRings; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const cell = { x: origin.x + dx * (w + GAP), y: origin.y + dy * (h + GAP), width: w, height: h };
        if (!notes.some((n) => intersects(n, cell))) return { x: cell.x, y: cell.y };
      }
    }
  }
  return origin;
}
