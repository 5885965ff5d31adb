import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard } from '../ops/board.js';
import { readBoard } from './readBoard.js';
import { boundsOf, zoneOfNote } from './zoneOfNote.js';

const plgZones = () => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
  return readBoard(doc).zones;
};

describe('zoneOfNote', () => {
  it('puts a note in the zone that contains its centre', () => {
    const zones = plgZones();
    expect(zoneOfNote({ x: 100, y: 100, width: 200, height: 160 }, zones)).toBe('cultuur');
    expect(zoneOfNote({ x: 1500, y: 100, width: 200, height: 160 }, zones)).toBe('leiderschap');
    expect(zoneOfNote({ x: 2000, y: 1200, width: 200, height: 160 }, zones)).toBe('hr');
    // Mostly outside cultuur, but its centre is inside.
    expect(zoneOfNote({ x: -80, y: -60, width: 200, height: 160 }, zones)).toBe('cultuur');
  });

  it('leaves a note outside every zone unsorted, and the centre label holds no notes', () => {
    const zones = plgZones();
    expect(zoneOfNote({ x: 5000, y: 5000, width: 200, height: 160 }, zones)).toBeNull();
    // Centre of the centre label (1360, 900) lies in the gap between the rows.
    expect(zoneOfNote({ x: 1260, y: 820, width: 200, height: 160 }, zones)).toBeNull();
  });

  it('prefers the smallest of overlapping zones', () => {
    const big = {
      id: 'big',
      label: '',
      description: '',
      x: 0,
      y: 0,
      width: 1000,
      height: 1000,
      color: '#ffffff',
      kind: 'area' as const,
      order: 0,
    };
    const small = { ...big, id: 'small', x: 100, y: 100, width: 300, height: 300 };
    expect(zoneOfNote({ x: 150, y: 150, width: 100, height: 100 }, [big, small])).toBe('small');
    expect(zoneOfNote({ x: 600, y: 600, width: 100, height: 100 }, [big, small])).toBe('big');
  });

  it('derives the zone in readBoard and follows a move', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
    expect(readBoard(doc).zones.length).toBe(6);
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 20, y: -5, width: 5, height: 5 },
      ]),
    ).toEqual({ x: 0, y: -5, width: 25, height: 15 });
  });
});
