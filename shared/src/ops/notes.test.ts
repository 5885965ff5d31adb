import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { LIMITS } from '../schema/limits.js';
import { notesOf } from './access.js';
import { initBoard } from './board.js';
import { addNote, deleteNotes, moveNotes, recolorNotes, resizeNote, translateNotes } from './notes.js';
import { LocalOrigin } from './origins.js';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Studiedag', templateId: 'plg', lang: 'nl' }, 'test');
  return doc;
}

describe('note operations', () => {
  it('adds a validated note with defaults in one transaction', () => {
    const doc = board();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const id = addNote(doc, { x: 10.4, y: 20, text: 'Samen leren', authorId: 'p1' }, 'o');
    expect(transactions).toBe(1);
    const snap = readBoard(doc);
    expect(snap.invalid).toEqual([]);
    expect(snap.notes).toHaveLength(1);
    expect(snap.notes[0]).toMatchObject({
      id,
      text: 'Samen leren',
      x: 10,
      y: 20,
      width: 200,
      height: 160,
      authorId: 'p1',
    });
    expect(notesOf(doc).get(id)).toBeInstanceOf(Y.Map);
  });

  it('clamps geometry and truncates text to the limits', () => {
    const doc = board();
    const id = addNote(
      doc,
      { x: Number.NaN, y: 1e12, width: 5, height: 99999, text: 'x'.repeat(LIMITS.maxNoteTextLength + 50) },
      'o',
    );
    const note = readBoard(doc).notes.find((n) => n.id === id)!;
    expect(note.x).toBe(-LIMITS.maxCoordinate);
    expect(note.y).toBe(LIMITS.maxCoordinate);
    expect(note.width).toBe(LIMITS.minNoteSize);
    expect(note.height).toBe(LIMITS.maxNoteSize);
    expect(note.text).toHaveLength(LIMITS.maxNoteTextLength);
  });

  it('moves, translates, resizes, recolours and deletes several notes', () => {
    const doc = board();
    const a = addNote(doc, { x: 0, y: 0 }, 'o');
    const b = addNote(doc, { x: 100, y: 100 }, 'o');
    moveNotes(
      doc,
      [
        { id: a, x: 50, y: 60 },
        { id: 'missing', x: 1, y: 1 },
      ],
      'o',
    );
    translateNotes(doc, [a, b], 10, -10, 'o');
    resizeNote(doc, b, { width: 300, height: 250, x: 5 }, 'o');
    recolorNotes(doc, [a, b], '#A8D4F7', 'o');
    let notes = readBoard(doc).notes;
    expect(notes.find((n) => n.id === a)).toMatchObject({ x: 60, y: 50, color: '#a8d4f7' });
    expect(notes.find((n) => n.id === b)).toMatchObject({ x: 5, y: 90, width: 300, height: 250, color: '#a8d4f7' });
    expect(() => recolorNotes(doc, [a], 'red', 'o')).toThrow(/colour/);
    deleteNotes(doc, [a, b, 'missing'], 'o');
    notes = readBoard(doc).notes;
    expect(notes).toEqual([]);
  });

  it('lets an UndoManager on one local origin undo only that origin', () => {
    const doc = board();
    const mine = new LocalOrigin('me');
    const theirs = new LocalOrigin('them');
    const undo = new Y.UndoManager([notesOf(doc)], { trackedOrigins: new Set([mine]), captureTimeout: 0 });
    const a = addNote(doc, { x: 0, y: 0, text: 'mine' }, mine);
    const b = addNote(doc, { x: 0, y: 0, text: 'theirs' }, theirs);
    undo.undo();
    const ids = readBoard(doc).notes.map((n) => n.id);
    expect(ids).toEqual([b]);
    undo.redo();
    expect(
      readBoard(doc)
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual([a, b].sort());
  });
});
