/**
 * Undo and redo typed inside a note's textarea go to the board's UndoManager (the textarea's
 * own undo history is meaningless once remote edits are merged into it).
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { redo } from './defs/redo';
import { undo } from './defs/undo';
import { runAction } from './registry';
import { matchShortcut } from './shortcuts';

export function handleTextFieldKeys(e: ReactKeyboardEvent | KeyboardEvent, rt: BoardRuntime): boolean {
  for (const action of [redo, undo]) {
    if (action.kbd?.some((s) => matchShortcut(e, s))) {
      e.preventDefault();
      runAction(action, rt, undefined);
      return true;
    }
  }
  return false;
}
