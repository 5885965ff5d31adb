import { addNote, deleteNotes, moveNotes, setNoteText } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NotesIndex } from './notesIndex';

describe('NotesIndex', () => {
  it('reads existing notes and keeps them ordered by age', () => {
    const doc = new Y.Doc();
    addNote(doc, { x: 0, y: 0, text: 'b', createdAt: 2 }, 'o');
    addNote(doc, { x: 0, y: 0, text: 'a', createdAt: 1 }, 'o');
    const index = new NotesIndex(doc);
    expect(index.getSnapshot().ordered.map((n) => n.text)).toEqual(['a', 'b']);
  });

  it('re-reads only the notes that changed', () => {
    const doc = new Y.Doc();
    const ids = Array.from({ length: 1000 }, (_, i) => addNote(doc, { x: i, y: 0, createdAt: i }, 'o'));
    const index = new NotesIndex(doc);
    const before = index.getSnapshot();
    let notified = 0;
    index.subscribe(() => notified++);
    setNoteText(doc, ids[10]!, 'nieuw', 'o');
    moveNotes(doc, [{ id: ids[20]!, x: 5, y: 5 }], 'o');
    const after = index.getSnapshot();
    expect(notified).toBe(2);
    expect(after).not.toBe(before);
    expect(after.byId.get(ids[10]!)?.text).toBe('nieuw');
    expect(after.byId.get(ids[20]!)).toMatchObject({ x: 5, y: 5 });
    expect(after.ordered[10]?.text).toBe('nieuw');
    // Everything else is the very same object, so memoised nodes do not re-render.
    const same = after.ordered.filter((n, i) => n === before.ordered[i]).length;
    expect(same).toBe(998);
    deleteNotes(doc, [ids[0]!], 'o');
    expect(index.getSnapshot().ordered).toHaveLength(999);
  });

  it('tells about notes added by others, not about its own', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(theirs, u, 'net'));
    theirs.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(mine, u, 'net'));
    const index = new NotesIndex(mine);
    const seen: string[] = [];
    index.onAdded(({ notes }) => seen.push(...notes.map((n) => n.text)));
    addNote(mine, { x: 0, y: 0, text: 'van mij' }, 'o');
    addNote(theirs, { x: 0, y: 0, text: 'van een collega' }, 'o');
    expect(seen).toEqual(['van een collega']);
    expect(index.getSnapshot().ordered).toHaveLength(2);
  });
});
