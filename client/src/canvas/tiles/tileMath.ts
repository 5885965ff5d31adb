/**
 * Pure tile geometry for the canvas. The board is cut into square tiles of TILE_PX device pixels
 * at a given scale (device pixels per board unit); tile (i, j) covers board units
 * [i·TILE_PX/scale, (i+1)·TILE_PX/scale) horizontally, and likewise vertically.
 */
import type { Box, Viewport } from '../viewport';

export const TILE_PX = 256;

export interface TileRange {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/** Board units one tile covers at `scale`. */
export function tileSpan(scale: number): number {
  return TILE_PX / scale;
}

/** The tiles (inclusive index ranges) that cover `box` at `scale`. */
export function tilesCovering(box: Box, scale: number): TileRange {
  const span = tileSpan(scale);
  return {
    i0: Math.floor(box.x / span),
    i1: Math.floor((box.x + box.width) / span),
    j0: Math.floor(box.y / span),
    j1: Math.floor((box.y + box.height) / span),
  };
}

/** The board rectangle of tile (i, j). */
export function tileBox(i: number, j: number, scale: number): Box {
  const span = tileSpan(scale);
  return { x: i * span, y: j * span, width: span, height: span };
}

export function tileKey(scale: number, i: number, j: number): string {
  return `${scale}:${i}:${j}`;
}

/** Tiles of a range, nearest the range's centre first (what the eye looks at is drawn first). */
export function tilesByDistance(range: TileRange): [number, number][] {
  const ci = (range.i0 + range.i1) / 2;
  const cj = (range.j0 + range.j1) / 2;
  const out: [number, number][] = [];
  for (let j = range.j0; j <= range.j1; j++) for (let i = range.i0; i <= range.i1; i++) out.push([i, j]);
  return out.sort((a, b) => Math.hypot(a[0] - ci, a[1] - cj) - Math.hypot(b[0] - ci, b[1] - cj));
}

/** The range grown by `n` tiles on every side (prefetch ring). */
export function growRange(range: TileRange, n: number): TileRange {
  return { i0: range.i0 - n, i1: range.i1 + n, j0: range.j0 - n, j1: range.j1 + n };
}

/**
 * Where tile (i, j) of `scale` lands on the device canvas for viewport `vp` at `dpr`: edges are
 * rounded per tile index, so neighbours meet without seams, and at ratio 1 every tile is blitted
 * pixel for pixel.
 */
export function tileDest(
  i: number,
  j: number,
  scale: number,
  vp: Viewport,
  dpr: number,
): { x: number; y: number; width: number; height: number } {
  const ratio = (vp.zoom * dpr) / scale;
  const ox = Math.round(vp.x * dpr);
  const oy = Math.round(vp.y * dpr);
  const x0 = ox + Math.round(i * TILE_PX * ratio);
  const y0 = oy + Math.round(j * TILE_PX * ratio);
  const x1 = ox + Math.round((i + 1) * TILE_PX * ratio);
  const y1 = oy + Math.round((j + 1) * TILE_PX * ratio);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The half-octave ladder scales snap to mid-gesture, so zooming back and forth reuses tiles. */
export function ladderScale(target: number): number {
  return 2 ** (Math.round(Math.log2(target) * 2) / 2);
}

/**
 * The scale to render tiles at. At rest: exactly the screen's (sharp, 1:1 blits). During a zoom
 * gesture the current tiles are kept (scaled) while the ratio stays within [0.7, 1.45]; past that
 * the scale moves to the nearest step of the half-octave ladder, whose tiles may still be cached.
 */
export function nextScale(active: number | null, target: number, zooming: boolean): number {
  if (!zooming) return target;
  if (active === null) return ladderScale(target);
  const ratio = target / active;
  return ratio >= 0.7 && ratio <= 1.45 ? active : ladderScale(target);
}
