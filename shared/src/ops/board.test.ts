import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { SCHEMA_VERSION } from '../schema/keys.js';
import { TEMPLATES } from '../templates/index.js';
import { addZone, deleteZone, initBoard, setTitle, updateZone } from './board.js';
import { addAction, deleteAction, groupNotes, renameGroup, setNotesGroup, ungroup, updateAction } from './groups.js';
import { addNote } from './notes.js';

describe('board operations', () => {
  it.each(TEMPLATES.map((t) => [t.id]))('initialises a valid board from template %s', (templateId) => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Studiedag', templateId, lang: 'en', joinCode: 'ABC234' }, 'o');
    const snap = readBoard(doc);
    expect(snap.invalid).toEqual([]);
    expect(snap.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Studiedag', templateId, lang: 'en' });
    expect(snap.zones).toHaveLength(TEMPLATES.find((t) => t.id === templateId)!.zones.length);
    expect(snap.session.joinCode).toBe('ABC234');
  });

  it('writes zone labels in the board language', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
    const labels = readBoard(doc).zones.map((z) => z.label);
    expect(labels).toEqual([
      'Professionele cultuur',
      'Leiderschap',
      'Organisatiestructuur',
      'Informatiesysteem',
      'HR-beleid',
      'Leren en ontwikkelen van leerlingen',
    ]);
  });

  it('refuses an unknown template', () => {
    expect(() => initBoard(new Y.Doc(), { title: 't', templateId: 'nope', lang: 'nl' }, 'o')).toThrow(
      /unknown template/,
    );
  });

  it('sets the title and adds, edits and deletes zones', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'empty', lang: 'nl' }, 'o');
    setTitle(doc, 'Nieuwe titel', 'o');
    const id = addZone(doc, { label: 'Ouders', x: 0, y: 0, width: 500, height: 400, color: '#eeeeee' }, 'o');
    updateZone(doc, id, { label: 'Ouders en school', width: 10 }, 'o');
    let snap = readBoard(doc);
    expect(snap.meta?.title).toBe('Nieuwe titel');
    expect(snap.zones[0]).toMatchObject({ label: 'Ouders en school', width: 40 });
    deleteZone(doc, id, 'o');
    snap = readBoard(doc);
    expect(snap.zones).toEqual([]);
  });

  it('groups notes, renames and dissolves groups; keeps action points', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, 'o');
    const b = addNote(doc, { x: 0, y: 0 }, 'o');
    const g = groupNotes(doc, [a, b], 'Tijd', 'o');
    renameGroup(doc, g, 'Tijd en ruimte', 'o');
    let snap = readBoard(doc);
    expect(snap.groups).toMatchObject([{ id: g, label: 'Tijd en ruimte' }]);
    expect(snap.notes.every((n) => n.groupId === g)).toBe(true);
    setNotesGroup(doc, [a], null, 'o');
    ungroup(doc, g, 'o');
    snap = readBoard(doc);
    expect(snap.groups).toEqual([]);
    expect(snap.notes.every((n) => n.groupId === undefined)).toBe(true);
    const act = addAction(
      doc,
      { what: 'Plan intervisie', who: 'Anne', when: 'maart', sourceId: a, zoneId: 'cultuur' },
      'o',
    );
    updateAction(doc, act, { done: true, who: 'Anne & Bram' }, 'o');
    expect(readBoard(doc).actions).toMatchObject([{ id: act, who: 'Anne & Bram', done: true, zoneId: 'cultuur' }]);
    deleteAction(doc, act, 'o');
    expect(readBoard(doc).actions).toEqual([]);
  });
});
