/** Arrow keys move the selected notes (Shift: a bigger step) as one document update. */
import { translateNotes } from '@plg/shared';
import { endUndoStep, type KeyArg, selectedIds } from '../helpers';
import { registerAction } from '../registry';

const SMALL = 10;
const BIG = 50;

export const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const arrows = Object.keys(ARROWS).flatMap((key) => [{ key }, { key, shift: true }]);

export const nudgeSelection = registerAction<KeyArg>({
  id: 'nudgeSelection',
  labelKey: 'actions.nudge',
  kbd: arrows,
  scope: 'canvas',
  predicate: (ctx) => ctx.can.editNotes && selectedIds(ctx).length > 0,
  perform: (ctx, key) => {
    const dir = key ? ARROWS[key.key] : undefined;
    if (!dir) return;
    const step = key?.shift ? BIG : SMALL;
    endUndoStep(ctx);
    for (const { map, items } of ctx.rt.notes.byMap(selectedIds(ctx), (id) => id))
      translateNotes(ctx.rt.doc, items, dir[0] * step, dir[1] * step, ctx.rt.origin, map);
  },
});
