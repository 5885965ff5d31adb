import { addNote, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hitTest } from './hitTest';

describe('hitTest', () => {
  it('finds the topmost note, the resize handle, or the canvas', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, createdAt: 1 }, 'o');
    const b = addNote(doc, { x: 100, y: 100, createdAt: 2 }, 'o');
    const notes = readBoard(doc).notes;
    const scene = { notes, handleFor: null, zoom: 1 };
    expect(hitTest(scene, { x: 150, y: 150 })).toEqual({ kind: 'note', id: b });
    expect(hitTest(scene, { x: 50, y: 50 })).toEqual({ kind: 'note', id: a });
    expect(hitTest(scene, { x: 500, y: 500 })).toEqual({ kind: 'canvas' });
    const withHandle = { ...scene, handleFor: notes.find((n) => n.id === a)!, zoom: 0.5 };
    expect(hitTest(withHandle, { x: 210, y: 170 })).toEqual({ kind: 'resize', id: a });
  });
});
