import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { readNote } from '../schema/note.js';
import { draftsOf, mapIn, notesOf } from './access.js';
import { initBoard } from './board.js';
import { addNote, addNotesTo, deleteNotes, moveNotes, recolorNotes, resizeNote, translateNotes } from './notes.js';
import { LocalOrigin } from './origins.js';
import { setNoteText } from './text.js';

/** A board document and a participant's private document, as the client holds them. */
function docs() {
  const board = new Y.Doc();
  initBoard(board, { title: 'Studiedag', templateId: 'plg', lang: 'nl' }, 'test');
  const own = new Y.Doc();
  return { board, own, drafts: draftsOf(own) };
}

const draft = (drafts: Y.Map<unknown>, id: string) => {
  const map = mapIn(drafts, id);
  return map ? readNote(map) : undefined;
};

describe('note operations on private drafts', () => {
  it('move, translate, resize, recolour, retext and delete a draft without touching the board', () => {
    const { board, own, drafts } = docs();
    const onBoard = addNote(board, { x: 0, y: 0, text: 'gedeeld' }, 'o');
    const [id] = addNotesTo(drafts, [{ x: 10, y: 10, text: 'privé', authorId: 'p1' }], 'o') as [string];
    const boardBefore = Y.encodeStateVector(board);

    moveNotes(own, [{ id, x: 100, y: 120 }], 'o', drafts);
    translateNotes(own, [id], 5, -20, 'o', drafts);
    resizeNote(own, id, { width: 260, height: 200 }, 'o', drafts);
    recolorNotes(own, [id], '#A8D4F7', 'o', drafts);
    setNoteText(own, id, 'privé idee', 'o', drafts);
    expect(draft(drafts, id)).toMatchObject({
      x: 105,
      y: 100,
      width: 260,
      height: 200,
      color: '#a8d4f7',
      text: 'privé idee',
      authorId: 'p1',
    });
    // The board document saw no change at all.
    expect(Y.encodeStateVector(board)).toEqual(boardBefore);
    expect(readBoard(board).notes.map((n) => n.id)).toEqual([onBoard]);

    deleteNotes(own, [id], 'o', drafts);
    expect(drafts.size).toBe(0);
    expect(notesOf(board).size).toBe(1);
  });

  it('runs each draft change as one transaction of the private document, with the given origin', () => {
    const { board, own, drafts } = docs();
    const [a, b] = addNotesTo(
      drafts,
      [
        { x: 0, y: 0 },
        { x: 300, y: 0 },
      ],
      'o',
    ) as [string, string];
    const origin = new LocalOrigin('me');
    const seen: unknown[] = [];
    own.on('afterTransaction', (tr) => seen.push(tr.origin));
    board.on('afterTransaction', () => seen.push('board'));
    // The first argument may be the board document: the map decides where the change goes.
    moveNotes(
      board,
      [
        { id: a, x: 1, y: 1 },
        { id: b, x: 2, y: 2 },
      ],
      origin,
      drafts,
    );
    deleteNotes(board, [a, b], origin, drafts);
    expect(seen).toEqual([origin, origin]);
  });

  it('ignores ids that are not in the given map (a board note is not a draft)', () => {
    const { board, own, drafts } = docs();
    const onBoard = addNote(board, { x: 0, y: 0 }, 'o');
    moveNotes(own, [{ id: onBoard, x: 50, y: 50 }], 'o', drafts);
    deleteNotes(own, [onBoard], 'o', drafts);
    setNoteText(own, onBoard, 'x', 'o', drafts);
    expect(readBoard(board).notes[0]).toMatchObject({ id: onBoard, x: 0, y: 0, text: '' });
    expect(drafts.size).toBe(0);
  });
});
