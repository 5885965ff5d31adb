/**
 * What is under a board point: the resize handle of the single selected note, a note (topmost
 * first), or empty canvas. Pure geometry over the notes index: notes are rectangles, so the
 * canvas layers need no Konva hit graph (which would be redrawn on every pan frame).
 */
import type { Note } from '@plg/shared';
import type { HitTarget } from '../tools/types';
import { HANDLE_PX } from './nodes/ResizeHandle';
import type { Point } from './viewport';

export interface HitScene {
  /** Notes in stacking order (bottom first). */
  notes: readonly Note[];
  /** The note showing a resize handle, if any. */
  handleFor: Note | null;
  zoom: number;
}

export function hitTest(scene: HitScene, p: Point): HitTarget {
  const h = scene.handleFor;
  if (h) {
    // A generous target: the drawn handle plus a few pixels around it.
    const r = (HANDLE_PX / 2 + 6) / scene.zoom;
    if (Math.abs(p.x - (h.x + h.width)) <= r && Math.abs(p.y - (h.y + h.height)) <= r)
      return { kind: 'resize', id: h.id };
  }
  for (let i = scene.notes.length - 1; i >= 0; i--) {
    const n = scene.notes[i]!;
    if (p.x >= n.x && p.x < n.x + n.width && p.y >= n.y && p.y < n.y + n.height) return { kind: 'note', id: n.id };
  }
  return { kind: 'canvas' };
}
