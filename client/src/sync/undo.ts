/**
 * Undo/redo of this client's own changes: a Y.UndoManager over notes, groups and actions whose
 * tracked origins hold only this client's LocalOrigin, so nobody undoes a colleague's work.
 */
import { actionsOf, groupsOf, type LocalOrigin, notesOf } from '@plg/shared';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';

export function createUndoManager(doc: Y.Doc, origin: LocalOrigin): Y.UndoManager {
  return new Y.UndoManager([notesOf(doc), groupsOf(doc), actionsOf(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 500,
  });
}

/** Whether undo and redo are possible now. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const read = () => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () =>
      setState((prev) => {
        const next = { canUndo: undo.canUndo(), canRedo: undo.canRedo() };
        return prev.canUndo === next.canUndo && prev.canRedo === next.canRedo ? prev : next;
      });
    update();
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    undo.on('stack-cleared', update);
    return () => {
      undo.off('stack-item-added', update);
      undo.off('stack-item-popped', update);
      undo.off('stack-cleared', update);
    };
  }, [undo]);
  return state;
}
