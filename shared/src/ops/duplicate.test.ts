import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { ClipboardSchema, copyNotes, duplicateNotes, notesFromLines, pasteNotes } from './duplicate.js';
import { addNote } from './notes.js';

describe('duplicate, copy and paste', () => {
  it('duplicates notes with new ids, same content, offset', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 10, y: 20, text: 'één', color: '#ffc680' }, 'o');
    const [copy] = duplicateNotes(doc, [a], 'me', 'o');
    const notes = readBoard(doc).notes;
    expect(notes).toHaveLength(2);
    expect(notes.find((n) => n.id === copy)).toMatchObject({
      text: 'één',
      x: 34,
      y: 44,
      color: '#ffc680',
      authorId: 'me',
    });
  });

  it('copies into a clipboard that validates and pastes at a point in another board', () => {
    const from = new Y.Doc();
    addNote(from, { x: 100, y: 100, text: 'a' }, 'o');
    const b = addNote(from, { x: 300, y: 150, text: 'b' }, 'o');
    const clip = copyNotes(from, [...readBoard(from).notes.map((n) => n.id), 'missing']);
    expect(ClipboardSchema.parse(JSON.parse(JSON.stringify(clip)))).toEqual(clip);
    const to = new Y.Doc();
    const ids = pasteNotes(to, clip, { at: { x: 0, y: 0 } }, 'me', 'o');
    const notes = readBoard(to).notes;
    expect(ids).toHaveLength(2);
    expect(notes.map((n) => [n.text, n.x, n.y]).sort()).toEqual([
      ['a', 0, 0],
      ['b', 200, 50],
    ]);
    expect(b).toBeTypeOf('string');
  });

  it('makes one note per non-empty pasted line', () => {
    const doc = new Y.Doc();
    const ids = notesFromLines(doc, 'eerste\r\n\n  tweede  \nderde ✨\n', { x: 0, y: 0 }, 'me', 'o');
    expect(ids).toHaveLength(3);
    expect(readBoard(doc).notes.map((n) => n.text)).toEqual(expect.arrayContaining(['eerste', 'tweede', 'derde ✨']));
  });
});
