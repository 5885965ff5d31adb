import { addNote, LocalOrigin, moveNotes, notesOf, readBoard, recolorNotes } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager } from './undo';

describe('undo', () => {
  it("undoes and redoes my changes only, never a colleague's", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(theirs, u, 'net'));
    theirs.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(mine, u, 'net'));
    const me = new LocalOrigin('me');
    const colleague = new LocalOrigin('colleague');
    const undo = createUndoManager(mine, me);
    const a = addNote(mine, { x: 0, y: 0, text: 'mijn briefje' }, me);
    undo.stopCapturing();
    const b = addNote(theirs, { x: 0, y: 0, text: 'van een collega' }, colleague);
    moveNotes(mine, [{ id: a, x: 100, y: 100 }], me);
    undo.stopCapturing();
    recolorNotes(theirs, [a], '#a8d4f7', colleague);
    undo.undo(); // my move
    expect(readBoard(mine).notes.find((n) => n.id === a)).toMatchObject({ x: 0, y: 0, color: '#a8d4f7' });
    undo.undo(); // my add
    expect(notesOf(mine).has(a)).toBe(false);
    expect(notesOf(mine).has(b)).toBe(true);
    expect(undo.canUndo()).toBe(false);
    undo.redo();
    expect(notesOf(theirs).has(a)).toBe(true);
  });
});
