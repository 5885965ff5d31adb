import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deletedOnlyPositions } from './deletedContent.js';

/** What deletedOnlyPositions said of each transaction `change` makes on a doc with one note. */
function verdictOf(change: (note: Y.Map<unknown>, notes: Y.Map<unknown>) => void): boolean[] {
  const doc = new Y.Doc();
  const notes = doc.getMap<unknown>('notes');
  const note = new Y.Map<unknown>();
  doc.transact(() => {
    notes.set('n1', note);
    note.set('x', 1);
    note.set('y', 2);
    note.set('text', 'geheim');
    note.set('authorId', 'p-anne');
    note.set('votes', 3);
  });
  const verdicts: boolean[] = [];
  doc.on('beforeObserverCalls', (tr: Y.Transaction) => verdicts.push(deletedOnlyPositions(tr)));
  change(note, notes);
  return verdicts;
}

describe('deletedOnlyPositions', () => {
  it('is true for a move (old x and y overwritten) and for a change that deletes nothing', () => {
    const move = (note: Y.Map<unknown>) =>
      note.doc?.transact(() => {
        note.set('x', 10);
        note.set('y', 20);
      });
    expect(verdictOf(move)).toEqual([true]);
    expect(verdictOf((_, notes) => notes.set('n2', new Y.Map()))).toEqual([true]);
  });

  it('is false for anything else deleted: text, an author, another number, a whole note', () => {
    expect(verdictOf((note) => note.set('text', 'anders'))).toEqual([false]);
    expect(verdictOf((note) => note.set('authorId', ''))).toEqual([false]);
    expect(verdictOf((note) => note.set('votes', 4))).toEqual([false]);
    expect(verdictOf((_, notes) => notes.delete('n1'))).toEqual([false]);
  });

  it('is false when a coordinate held something other than a number', () => {
    expect(
      verdictOf((note) => {
        note.set('x', 'tekst op de plek van x');
        note.set('x', 5);
      }),
    ).toEqual([true, false]);
  });
});
