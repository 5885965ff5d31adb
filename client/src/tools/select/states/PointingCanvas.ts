/** Pressing empty canvas: a drag pans (as in Miro), a click clears the selection. */
import type { PointerInput, ToolState } from '../../types';
import { distance, dragThreshold } from '../../types';

export function PointingCanvas(): ToolState {
  let start: PointerInput | null = null;
  return {
    id: 'pointingCanvas',
    onEnter(_env, data) {
      start = data as PointerInput;
    },
    onPointerMove(env, input) {
      if (start && distance(input.screen, start.screen) >= dragThreshold(input.pointerType)) {
        env.transition('panning', start);
      }
    },
    onPointerUp(env) {
      const ui = env.ui();
      ui.stopEditing();
      ui.setFocused(null);
      ui.clearSelection();
      env.transition('idle');
    },
  };
}
