import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { noteText } from '../schema/note.js';
import { mapIn, notesOf } from './access.js';
import { addNote } from './notes.js';
import { diffText, setNoteText, setYText } from './text.js';

function apply(before: string, d: ReturnType<typeof diffText>) {
  return before.slice(0, d.index) + d.insert + before.slice(d.index + d.remove);
}

describe('text editing', () => {
  it('diffText turns any string into any other with one minimal splice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const d = diffText(a, b);
        expect(apply(a, d)).toBe(b);
        expect(d.remove).toBeLessThanOrEqual(a.length);
      }),
      { numRuns: 500 },
    );
  });

  it('never splits an emoji surrogate pair', () => {
    const d = diffText('a😀b', 'a😃b');
    expect(d.index).toBe(1);
    expect(d.remove).toBe(2);
    expect(d.insert).toBe('😃');
  });

  it('two people typing in one note at once keep both their words', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addNote(a, { x: 0, y: 0, text: 'Wij leren samen' }, 'a');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Concurrent edits, not yet exchanged.
    setNoteText(a, id, 'Wij leren elke week samen', 'a');
    setNoteText(b, id, 'Wij leren samen met leerlingen', 'b');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    const textA = noteText(mapIn(notesOf(a), id))!.toString();
    expect(textA).toBe(noteText(mapIn(notesOf(b), id))!.toString());
    expect(textA).toBe('Wij leren elke week samen met leerlingen');
  });

  it('setYText writes nothing when the value is unchanged', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    setYText(text, 'hallo', 'o');
    let updates = 0;
    doc.on('update', () => updates++);
    setYText(text, 'hallo', 'o');
    expect(updates).toBe(0);
  });
});
