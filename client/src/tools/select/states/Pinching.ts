/** Two-finger touch pinch: zoom about the fingers' midpoint and pan with it. */
import { type Point, pinch, type Viewport } from '../../../canvas/viewport';
import type { PointerInput, ToolState } from '../../types';

export interface PinchStart {
  a: PointerInput;
  b: PointerInput;
}

export function Pinching(): ToolState {
  let ids: [number, number] = [0, 0];
  let start: [Point, Point] = [
    { x: 0, y: 0 },
    { x: 0, y: 0 },
  ];
  let now: [Point, Point] = start;
  let startViewport: Viewport = { x: 0, y: 0, zoom: 1 };
  return {
    id: 'pinching',
    onEnter(env, data) {
      const { a, b } = data as PinchStart;
      ids = [a.pointerId, b.pointerId];
      start = [a.screen, b.screen];
      now = [a.screen, b.screen];
      startViewport = env.ui().viewport;
      env.ui().setPanning(true);
    },
    onPointerMove(env, input) {
      const i = ids.indexOf(input.pointerId);
      if (i < 0) return;
      now = i === 0 ? [input.screen, now[1]] : [now[0], input.screen];
      env.ui().setViewport(pinch(startViewport, start[0], start[1], now[0], now[1]));
    },
    onPointerUp(env) {
      env.transition('idle');
    },
    onExit(env) {
      env.ui().setPanning(false);
    },
  };
}
