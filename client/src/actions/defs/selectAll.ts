/** Selects every note on the board. */
import { registerAction } from '../registry';

export const selectAll = registerAction({
  id: 'selectAll',
  labelKey: 'actions.selectAll',
  kbd: [{ key: 'a', mod: true }],
  predicate: (ctx) => ctx.rt.notes.getSnapshot().ordered.length > 0,
  perform: (ctx) => {
    ctx.ui.stopEditing();
    ctx.ui.select(ctx.rt.notes.getSnapshot().byId.keys());
  },
});
