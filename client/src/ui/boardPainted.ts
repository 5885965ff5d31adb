/**
 * A board's first paint: the canvas has drawn the synced board in view (canvas/layers/SceneLayer
 * says so), or on a phone the list shows it (ui/list/ListView). Parts that are on screen when a
 * board opens but not needed to draw it (the facilitator's Regie panel) wait for it with
 * `afterBoardPainted()`, so their code loads right after that paint (a frame later) instead of
 * competing with it. Once per page: a board opened
 * later finds it done and nothing waits.
 */

/**
 * Past this moment after navigation (ms) nothing waits any more: a slow sync or an offline board
 * (never synced, so never "painted") must not hold a panel back.
 */
export const LATEST_MS = 4000;

let painted = false;
let waiting: (() => void)[] = [];

/** Called once the synced board is on screen (canvas or list); later calls do nothing. */
export function markBoardPainted(): void {
  if (painted) return;
  painted = true;
  for (const resume of waiting) resume();
  waiting = [];
}

export function isBoardPainted(): boolean {
  return painted;
}

/**
 * Resolves once a board has been painted and that frame is on screen; at once when that
 * happened earlier or the page is older than `LATEST_MS`.
 */
export function afterBoardPainted(): Promise<void> {
  const left = LATEST_MS - performance.now();
  if (painted || left <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const deadline = setTimeout(resolve, left);
    waiting.push(() => {
      clearTimeout(deadline);
      // The paint is announced while the frame is drawn: start once it has been shown.
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
      else setTimeout(resolve, 0);
    });
  });
}
