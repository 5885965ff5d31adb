/**
 * Copies the selected notes. From Ctrl/Cmd+C the browser's copy event carries the data
 * (our JSON and plain text); from a menu the plain text goes through the async Clipboard API.
 */
import { encodeClipboard, writeToDataTransfer } from '../clipboard';
import { selectedIds } from '../helpers';
import { registerAction } from '../registry';

export const copySelection = registerAction<DataTransfer | undefined>({
  id: 'copySelection',
  labelKey: 'actions.copy',
  kbd: [{ key: 'c', mod: true }],
  viaClipboardEvent: true,
  predicate: (ctx) => selectedIds(ctx).length > 0,
  perform: (ctx, dt) => {
    const payload = encodeClipboard(ctx.rt.doc, selectedIds(ctx));
    if (!payload) return;
    if (dt) writeToDataTransfer(dt, payload);
    else void navigator.clipboard?.writeText(payload.text);
  },
});
