/** Arrow keys pan the board when no note is selected (Shift: a bigger step). */
import { panBy } from '../../canvas/viewport';
import type { KeyArg } from '../helpers';
import { registerAction } from '../registry';
import { ARROWS } from './nudgeSelection';

export const panView = registerAction<KeyArg>({
  id: 'panView',
  labelKey: 'actions.pan',
  kbd: Object.keys(ARROWS).flatMap((key) => [{ key }, { key, shift: true }]),
  scope: 'canvas',
  predicate: (ctx) => ctx.ui.selection.size === 0,
  perform: (ctx, key) => {
    const dir = key ? ARROWS[key.key] : undefined;
    if (!dir) return;
    const step = key?.shift ? 400 : 80;
    ctx.ui.setViewport(panBy(ctx.ui.viewport, -dir[0] * step, -dir[1] * step));
  },
});
