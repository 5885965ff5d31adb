/**
 * Copy, cut and paste through the browser's clipboard events (Ctrl/Cmd+C, X, V), which may
 * carry our own MIME type as well as plain text. Text fields keep their native behaviour.
 */
import { useEffect } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { readFromDataTransfer } from './clipboard';
import { copySelection } from './defs/copySelection';
import { cutSelection } from './defs/cutSelection';
import { paste } from './defs/paste';
import { actionContext } from './registry';
import { isTextField } from './useKeyboardShortcuts';

export function useClipboardEvents(rt: BoardRuntime): void {
  useEffect(() => {
    const onCopyOrCut = (e: ClipboardEvent) => {
      if (isTextField(e.target) || !e.clipboardData) return;
      const action = e.type === 'cut' ? cutSelection : copySelection;
      const ctx = actionContext(rt);
      if (!action.predicate(ctx)) return;
      e.preventDefault();
      action.perform(ctx, e.clipboardData);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTextField(e.target) || !e.clipboardData) return;
      const pasted = readFromDataTransfer(e.clipboardData);
      const ctx = actionContext(rt);
      if (!pasted || !paste.predicate(ctx)) return;
      e.preventDefault();
      paste.perform(ctx, pasted);
    };
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [rt]);
}
