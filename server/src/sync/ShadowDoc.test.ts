import { addNote, deleteNotes, initBoard, moveNotes, ROOT_NAMES, setNoteText } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ShadowDoc } from './ShadowDoc.js';

const roots = new Set<string>(ROOT_NAMES);

function setup() {
  const real = new Y.Doc();
  initBoard(real, { title: 't', templateId: 'plg', lang: 'nl' }, 'server');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(real));
  return { real, client, shadow: new ShadowDoc(roots, real) };
}

function diff(client: Y.Doc, against: Y.Doc) {
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(against));
}

describe('ShadowDoc.trial', () => {
  it('reports added, changed and deleted notes as Yjs sees them', () => {
    const { real, client, shadow } = setup();
    const id = addNote(client, { x: 0, y: 0, text: 'a' }, 'c');
    let trial = shadow.trial(diff(client, shadow.doc));
    expect(trial).toEqual({ ok: true, changes: [{ root: 'notes', id, kind: 'add', fields: [] }] });
    Y.applyUpdate(real, diff(client, real));

    moveNotes(client, [{ id, x: 50, y: 60 }], 'c');
    setNoteText(client, id, 'ab', 'c');
    trial = shadow.trial(diff(client, shadow.doc));
    expect(trial.ok && trial.changes).toEqual([
      { root: 'notes', id, kind: 'update', fields: expect.arrayContaining(['x', 'y', 'text']) },
    ]);

    deleteNotes(client, [id], 'c');
    trial = shadow.trial(diff(client, shadow.doc));
    expect(trial.ok && trial.changes).toEqual([{ root: 'notes', id, kind: 'delete', fields: [] }]);
  });

  it('refuses an update that depends on content the server never received', () => {
    const { client, shadow } = setup();
    addNote(client, { x: 0, y: 0, text: 'first' }, 'c');
    const sv = Y.encodeStateVector(client);
    addNote(client, { x: 0, y: 0, text: 'second' }, 'c');
    // Only the second change, whose structs follow the first one's.
    const trial = shadow.trial(Y.encodeStateAsUpdate(client, sv));
    expect(trial).toEqual({ ok: false, reason: 'update depends on missing content', missing: true });
  });

  it('refuses updates that create unknown top-level types', () => {
    const { client, shadow } = setup();
    client.getMap('evil').set('x', 1);
    expect(shadow.trial(diff(client, shadow.doc))).toMatchObject({ ok: false });
  });

  it('rebuilds from the real document and queued updates after a refusal', () => {
    const { real, client, shadow } = setup();
    const id = addNote(client, { x: 0, y: 0, text: 'queued' }, 'c');
    const queued = diff(client, real);
    expect(shadow.trial(queued).ok).toBe(true);
    client.getMap('evil').set('x', 1);
    expect(shadow.trial(diff(client, shadow.doc)).ok).toBe(false);
    shadow.rebuild(real, [queued]);
    expect(shadow.doc.share.has('evil')).toBe(false);
    expect(shadow.doc.getMap('notes').has(id)).toBe(true);
  });
});
