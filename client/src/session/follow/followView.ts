/**
 * Camera math for following: the board rectangle a screen shows (what the facilitator
 * publishes), the camera that shows the same rectangle on another screen, and the camera of a
 * summon (a board point at the centre, at a zoom). Pure.
 */
import { type Box, clampZoom, fitBounds, type Size, type Viewport, visibleBoardRect } from '../../canvas/viewport';

export interface PublishedView extends Box {
  zoom: number;
}

/** What this screen shows, in board units, with its zoom. */
export function publishedView(vp: Viewport, size: Size): PublishedView | null {
  if (size.width <= 0 || size.height <= 0) return null;
  return { ...visibleBoardRect(vp, size), zoom: vp.zoom };
}

/** The camera that shows the facilitator's rectangle whole on a screen of `size`. */
export function followerView(view: PublishedView, size: Size): Viewport {
  return fitBounds(view, size, 0, 4);
}

/** The camera of a summon: board point (x, y) at the centre at `zoom`. */
export function summonView(s: { x: number; y: number; zoom: number }, size: Size): Viewport {
  const zoom = clampZoom(s.zoom);
  return { zoom, x: size.width / 2 - s.x * zoom, y: size.height / 2 - s.y * zoom };
}

/** The camera that puts a zone (the spotlight) in view with some room around it. */
export function spotlightView(zone: Box, size: Size): Viewport {
  return fitBounds(zone, size, Math.min(64, size.width / 12), 3);
}
