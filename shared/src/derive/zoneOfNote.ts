/**
 * A note's zone is the area zone that contains the note's centre (never stored).
 * Where zones overlap, the smallest wins; a note outside every zone is unsorted.
 */
import type { Zone } from '../schema/zone.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The id of the zone containing the centre of `box`, or `null` (unsorted). */
export function zoneOfNote(box: Box, zones: readonly Zone[]): string | null {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let best: Zone | null = null;
  for (const zone of zones) {
    if (zone.kind !== 'area') continue;
    if (cx < zone.x || cy < zone.y || cx >= zone.x + zone.width || cy >= zone.y + zone.height) continue;
    if (!best || zone.width * zone.height < best.width * best.height) best = zone;
  }
  return best ? best.id : null;
}

/** The bounding box of several boxes; `null` for none. */
export function boundsOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
