/**
 * Rubber-band selection (Shift+drag on empty canvas, or the selection-box tool): selects every
 * note the rectangle touches; with Shift it adds to the existing selection.
 */
import { intersects } from '../../../canvas/culling';
import type { Point } from '../../../canvas/viewport';
import type { PointerInput, ToolState } from '../../types';

export function rectFrom(a: Point, b: Point) {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function Brushing(): ToolState {
  let origin: Point = { x: 0, y: 0 };
  let base: string[] = [];
  let last = '';
  return {
    id: 'brushing',
    onEnter(env, data) {
      const start = data as PointerInput;
      const ui = env.ui();
      origin = start.board;
      base = start.shift ? [...ui.selection] : [];
      last = '';
      ui.stopEditing();
      ui.setFocused(null);
      if (!start.shift) ui.clearSelection();
      ui.setBrush(rectFrom(origin, origin));
    },
    onPointerMove(env, input) {
      const rect = rectFrom(origin, input.board);
      const ui = env.ui();
      ui.setBrush(rect);
      const hits = env.rt.notes
        .getSnapshot()
        .ordered.filter((n) => intersects(n, rect))
        .map((n) => n.id);
      const key = hits.join(',');
      if (key !== last) {
        last = key;
        ui.select([...base, ...hits]);
      }
    },
    onPointerUp(env) {
      env.transition('idle');
    },
    onExit(env) {
      env.ui().setBrush(null);
    },
  };
}
