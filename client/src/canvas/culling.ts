/**
 * Viewport culling: which notes to hand to Konva. The cull rectangle is the visible board area
 * plus a margin, snapped outwards to a coarse grid so that small pans keep the same rectangle
 * (and the notes layer does not re-render on every frame of a pan).
 */
import type { Box, Size, Viewport } from './viewport';
import { visibleBoardRect } from './viewport';

/** Grid the cull rectangle snaps to, in screen pixels (converted to board units by zoom). */
const SNAP_PX = 256;

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The visible board rectangle grown by `marginPx` screen pixels and snapped outwards. */
export function cullRect(vp: Viewport, size: Size, marginPx = 200): Box {
  const view = visibleBoardRect(vp, size);
  const margin = marginPx / vp.zoom;
  const snap = SNAP_PX / vp.zoom;
  const x0 = Math.floor((view.x - margin) / snap) * snap;
  const y0 = Math.floor((view.y - margin) / snap) * snap;
  const x1 = Math.ceil((view.x + view.width + margin) / snap) * snap;
  const y1 = Math.ceil((view.y + view.height + margin) / snap) * snap;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A stable string key for a cull rectangle (for memoisation). */
export function rectKey(r: Box): string {
  return `${Math.round(r.x)}:${Math.round(r.y)}:${Math.round(r.width)}:${Math.round(r.height)}`;
}

/** The items that intersect `rect`, in their original order. */
export function cull<T extends Box>(items: readonly T[], rect: Box): T[] {
  const out: T[] = [];
  for (const item of items) if (intersects(item, rect)) out.push(item);
  return out;
}

/** Whether `outer` contains `inner` entirely. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The next cull rectangle, with hysteresis: the previous one is kept while it still covers the
 * view and is not much larger than needed, so pans and zooms re-cull (and mount or unmount
 * notes) only now and then. A new one reaches half a view beyond each edge.
 */
export function nextCullRect(previous: Box | null, vp: Viewport, size: Size): Box {
  const view = visibleBoardRect(vp, size);
  if (previous && contains(previous, view) && previous.width * previous.height <= view.width * view.height * 16) {
    return previous;
  }
  return { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
}
