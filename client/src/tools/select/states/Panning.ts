/** Panning: the camera follows the pointer (drag on empty canvas, space+drag, middle button). */
import { panBy, type Viewport } from '../../../canvas/viewport';
import type { PointerInput, ToolState } from '../../types';

export function Panning(): ToolState {
  let start: PointerInput | null = null;
  let startViewport: Viewport = { x: 0, y: 0, zoom: 1 };
  return {
    id: 'panning',
    onEnter(env, data) {
      start = data as PointerInput;
      startViewport = env.ui().viewport;
      env.ui().setPanning(true);
    },
    onPointerMove(env, input) {
      if (!start) return;
      env.ui().setViewport(panBy(startViewport, input.screen.x - start.screen.x, input.screen.y - start.screen.y));
    },
    onPointerUp(env) {
      env.transition('idle');
    },
    onExit(env) {
      env.ui().setPanning(false);
      start = null;
    },
  };
}
