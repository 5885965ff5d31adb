/**
 * Pure camera math for the canvas. A viewport maps board units to screen pixels:
 * screen = board × zoom + (x, y). Everything here is side-effect free and unit-tested.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Box extends Point, Size {}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where the canvas looks: the camera, the canvas size in CSS pixels and the device pixel ratio. */
export interface View {
  vp: Viewport;
  size: Size;
  dpr: number;
}

export function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom;
}

export function sameView(a: View, b: View): boolean {
  return (
    sameViewport(a.vp, b.vp) && a.size.width === b.size.width && a.size.height === b.size.height && a.dpr === b.dpr
  );
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
/** The steps `+` and `-` move between. */
export const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function screenToBoard(vp: Viewport, p: Point): Point {
  return { x: (p.x - vp.x) / vp.zoom, y: (p.y - vp.y) / vp.zoom };
}

export function boardToScreen(vp: Viewport, p: Point): Point {
  return { x: p.x * vp.zoom + vp.x, y: p.y * vp.zoom + vp.y };
}

/** Zooms to `zoom` keeping the board point under `screenPoint` where it is. */
export function zoomAt(vp: Viewport, screenPoint: Point, zoom: number): Viewport {
  const next = clampZoom(zoom);
  const board = screenToBoard(vp, screenPoint);
  return { zoom: next, x: screenPoint.x - board.x * next, y: screenPoint.y - board.y * next };
}

/** Multiplies the zoom by `factor` about `screenPoint`. */
export function zoomBy(vp: Viewport, screenPoint: Point, factor: number): Viewport {
  return zoomAt(vp, screenPoint, vp.zoom * factor);
}

/** The next zoom step up (`direction` 1) or down (-1) from `zoom`. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const eps = 1e-3;
  if (direction > 0) return ZOOM_STEPS.find((s) => s > zoom + eps) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom - eps) ?? MIN_ZOOM;
}

/** Moves the camera by a screen-pixel delta. */
export function panBy(vp: Viewport, dx: number, dy: number): Viewport {
  return { ...vp, x: vp.x + dx, y: vp.y + dy };
}

/** The camera that shows `bounds` whole and centred in `size`, with `padding` pixels around. */
export function fitBounds(bounds: Box, size: Size, padding = 48, maxZoom = 1.5): Viewport {
  const w = Math.max(1, size.width - padding * 2);
  const h = Math.max(1, size.height - padding * 2);
  const zoom = clampZoom(Math.min(w / Math.max(1, bounds.width), h / Math.max(1, bounds.height), maxZoom));
  return {
    zoom,
    x: size.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: size.height / 2 - (bounds.y + bounds.height / 2) * zoom,
  };
}

/** The board rectangle visible in a canvas of `size`. */
export function visibleBoardRect(vp: Viewport, size: Size): Box {
  return { x: -vp.x / vp.zoom, y: -vp.y / vp.zoom, width: size.width / vp.zoom, height: size.height / vp.zoom };
}

/** The board point at the centre of the canvas. */
export function viewCentre(vp: Viewport, size: Size): Point {
  return screenToBoard(vp, { x: size.width / 2, y: size.height / 2 });
}

/** The camera that puts board point `p` at the centre of the canvas, keeping the zoom. */
export function centreOn(vp: Viewport, size: Size, p: Point): Viewport {
  return { zoom: vp.zoom, x: size.width / 2 - p.x * vp.zoom, y: size.height / 2 - p.y * vp.zoom };
}

/** Pans the least needed so that `box` (board units) is visible with `margin` pixels. */
export function ensureVisible(vp: Viewport, size: Size, box: Box, margin = 40): Viewport {
  const tl = boardToScreen(vp, box);
  const br = boardToScreen(vp, { x: box.x + box.width, y: box.y + box.height });
  let dx = 0;
  let dy = 0;
  if (br.x - tl.x > size.width - 2 * margin || br.y - tl.y > size.height - 2 * margin) {
    return centreOn(vp, size, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  if (tl.x < margin) dx = margin - tl.x;
  else if (br.x > size.width - margin) dx = size.width - margin - br.x;
  if (tl.y < margin) dy = margin - tl.y;
  else if (br.y > size.height - margin) dy = size.height - margin - br.y;
  return dx === 0 && dy === 0 ? vp : panBy(vp, dx, dy);
}

/** What a wheel event means: zoom (pinch or mouse wheel) or pan (two-finger scroll). */
export type WheelIntent = { kind: 'zoom'; factor: number } | { kind: 'pan'; dx: number; dy: number };

export interface WheelLike {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const LINE = 16;
const PAGE = 400;

/**
 * Classifies a wheel event. Trackpad pinch arrives as a ctrl+wheel; a mouse wheel sends
 * line-mode or large whole-number steps on one axis and zooms (as in Miro); anything else is a
 * two-finger scroll and pans. Shift turns vertical scrolling sideways.
 */
export function classifyWheel(e: WheelLike): WheelIntent {
  const unit = e.deltaMode === 1 ? LINE : e.deltaMode === 2 ? PAGE : 1;
  const dx = e.deltaX * unit;
  const dy = e.deltaY * unit;
  if (e.ctrlKey || e.metaKey) return { kind: 'zoom', factor: Math.exp(-dy * 0.01) };
  const mouseWheel = e.deltaMode !== 0 || (e.deltaX === 0 && Number.isInteger(e.deltaY) && Math.abs(e.deltaY) >= 50);
  if (mouseWheel && !e.shiftKey)
    return { kind: 'zoom', factor: Math.exp(-Math.sign(dy) * Math.min(Math.abs(dy), 200) * 0.0015) };
  if (e.shiftKey && dx === 0) return { kind: 'pan', dx: -dy, dy: 0 };
  return { kind: 'pan', dx: -dx, dy: -dy };
}

/** Zoom and pan of a two-finger touch pinch, from the start and current finger positions. */
export function pinch(start: Viewport, a0: Point, b0: Point, a1: Point, b1: Point): Viewport {
  const d0 = Math.hypot(b0.x - a0.x, b0.y - a0.y) || 1;
  const d1 = Math.hypot(b1.x - a1.x, b1.y - a1.y) || 1;
  const m0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
  const m1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 };
  const zoomed = zoomAt(start, m0, start.zoom * (d1 / d0));
  return panBy(zoomed, m1.x - m0.x, m1.y - m0.y);
}
