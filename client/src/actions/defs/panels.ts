/** Panels and dialogs: the list beside the canvas, the help screen, the share dialog. */
import { registerAction } from '../registry';

export const toggleList = registerAction({
  id: 'toggleList',
  labelKey: 'actions.toggleList',
  kbd: [{ key: 'l' }],
  predicate: () => true,
  perform: (ctx) => {
    if (window.matchMedia?.('(max-width: 720px)').matches) {
      ctx.ui.setMainView(ctx.ui.mainView === 'list' ? 'canvas' : 'list');
    } else ctx.ui.setListOpen(!ctx.ui.listOpen);
  },
});

export const showHelp = registerAction({
  id: 'showHelp',
  labelKey: 'actions.help',
  kbd: [{ key: '?', anyShift: true }],
  predicate: () => true,
  perform: (ctx) => ctx.ui.openDialog('help'),
});

export const openShare = registerAction({
  id: 'openShare',
  labelKey: 'share.title',
  predicate: () => true,
  perform: (ctx) => ctx.ui.openDialog('share'),
});
