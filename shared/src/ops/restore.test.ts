import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { initBoard, setTitle, updateZone } from './board.js';
import { groupNotes } from './groups.js';
import { addNote, deleteNotes, moveNotes } from './notes.js';
import { restoreContent } from './restore.js';
import { setNoteText } from './text.js';

describe('restoreContent', () => {
  it('brings back the content of a version and leaves the session alone', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Versie 1', templateId: 'plg', lang: 'nl' }, 's');
    const a = addNote(doc, { x: 0, y: 0, text: 'blijft' }, 'o');
    const b = addNote(doc, { x: 300, y: 0, text: 'wordt gewist' }, 'o');
    groupNotes(doc, [a], 'Groep', 'o');
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    const before = readBoard(version);

    setTitle(doc, 'Versie 2', 'o');
    updateZone(doc, 'hr', { label: 'Anders' }, 'o');
    deleteNotes(doc, [b], 'o');
    moveNotes(doc, [{ id: a, x: 999, y: 999 }], 'o');
    setNoteText(doc, a, 'veranderd', 'o');
    addNote(doc, { x: 0, y: 0, text: 'nieuw' }, 'o');
    doc.getMap('session').set('locked', true);

    restoreContent(doc, version, 'restore');
    const after = readBoard(doc);
    expect(after.meta).toEqual(before.meta);
    expect(after.zones).toEqual(before.zones);
    expect(after.notes).toEqual(before.notes);
    expect(after.groups).toEqual(before.groups);
    expect(after.session.locked).toBe(true);
  });

  it('syncs as an ordinary update to other copies', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'empty', lang: 'nl' }, 's');
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    addNote(doc, { x: 0, y: 0, text: 'weg' }, 'o');
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(doc);
    restoreContent(doc, version, 'r');
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, sv));
    expect(readBoard(replica).notes).toEqual([]);
  });
});
