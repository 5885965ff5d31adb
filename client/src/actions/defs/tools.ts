/** Tool switching: V for select-and-move, B for the selection box. */
import { registerAction } from '../registry';

export const toolSelect = registerAction({
  id: 'toolSelect',
  labelKey: 'actions.toolSelect',
  kbd: [{ key: 'v' }],
  predicate: () => true,
  perform: (ctx) => ctx.ui.setTool('select'),
});

export const toolBoxSelect = registerAction({
  id: 'toolBoxSelect',
  labelKey: 'actions.toolBoxSelect',
  kbd: [{ key: 'b' }],
  predicate: () => true,
  perform: (ctx) => ctx.ui.setTool('boxSelect'),
});
