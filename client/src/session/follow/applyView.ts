/**
 * Camera moves the session makes (follow, summon, spotlight, presentation fit), told apart
 * from this person's own panning and zooming, which ends following.
 */
import type { Viewport } from '../../canvas/viewport';
import { useUiStore } from '../../stores/uiStore';

let lastApplied: Viewport | null = null;

/** Moves the camera on the session's behalf. */
export function applyView(vp: Viewport): void {
  lastApplied = vp;
  const ui = useUiStore.getState();
  ui.setViewport(vp);
  // The first fit to the board must not undo it later.
  if (!ui.fitted) ui.setFitted(true);
}

/** Whether the camera was last moved by the session (not by this person). */
export function movedBySession(vp: Viewport): boolean {
  return vp === lastApplied;
}
