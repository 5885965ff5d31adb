import { addNote, addNotesTo, deleteNotes, draftsOf, moveNotes, notesOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NotesIndex } from './notesIndex';

/** A board document and this person's private document, as the client holds them. */
function docs() {
  const board = new Y.Doc();
  const own = new Y.Doc();
  const index = new NotesIndex(board);
  return { board, own, drafts: draftsOf(own), index };
}

describe('NotesIndex with private drafts', () => {
  it('lists drafts with the notes, marked as drafts, and routes writes to the right map', () => {
    const { board, own, drafts, index } = docs();
    const shared = addNote(board, { x: 0, y: 0, text: 'gedeeld', createdAt: 1 }, 'o');
    const [draft] = addNotesTo(drafts, [{ x: 10, y: 10, text: 'privé', createdAt: 2 }], 'o') as [string];
    index.setDrafts(drafts);
    const snap = index.getSnapshot();
    expect(snap.ordered.map((n) => n.text)).toEqual(['gedeeld', 'privé']);
    expect([...snap.drafts]).toEqual([draft]);
    expect(index.isDraft(draft)).toBe(true);
    expect(index.isDraft(shared)).toBe(false);
    expect(index.mapOf(draft)).toBe(drafts);
    expect(index.mapOf(shared)).toBe(notesOf(board));
    expect(index.textOf(draft)?.toString()).toBe('privé');
    expect(index.byMap([shared, draft, 'unknown'], (id) => id)).toEqual([
      { map: notesOf(board), items: [shared] },
      { map: drafts, items: [draft] },
    ]);
    // A change to a draft updates the index like a change to a note.
    moveNotes(own, [{ id: draft, x: 99, y: 98 }], 'o', drafts);
    expect(index.get(draft)).toMatchObject({ x: 99, y: 98 });
  });

  it('keeps a revealed note when its draft is cleared, and never reports own drafts as added by others', () => {
    const { board, drafts, index } = docs();
    const added: string[] = [];
    index.onAdded(({ notes }) => added.push(...notes.map((n) => n.text)));
    const remote = new Y.Doc();
    const [id] = addNotesTo(drafts, [{ x: 0, y: 0, text: 'idee' }], 'o') as [string];
    index.setDrafts(drafts);
    // The reveal: the server puts the draft on the board (same id), then clears the drafts.
    addNotesTo(notesOf(remote), [{ id, x: 0, y: 0, text: 'idee' }], 'server');
    Y.applyUpdate(board, Y.encodeStateAsUpdate(remote), 'provider');
    expect(index.isDraft(id)).toBe(false);
    expect(index.mapOf(id)).toBe(notesOf(board));
    drafts.clear();
    expect(index.getSnapshot().ordered.map((n) => n.id)).toEqual([id]);
    expect(index.getSnapshot().drafts.size).toBe(0);
    expect(added).toEqual([]);
  });

  it('drops the drafts when the private document goes (or is replaced)', () => {
    const { board, drafts, index } = docs();
    addNote(board, { x: 0, y: 0, text: 'bord' }, 'o');
    const [id] = addNotesTo(drafts, [{ x: 0, y: 0, text: 'weg' }], 'o') as [string];
    index.setDrafts(drafts);
    expect(index.getSnapshot().ordered).toHaveLength(2);
    index.setDrafts(null);
    expect(index.getSnapshot().ordered.map((n) => n.text)).toEqual(['bord']);
    deleteNotes(board, [id], 'o', drafts); // the old map is no longer watched
    expect(index.getSnapshot().ordered).toHaveLength(1);
  });
});
