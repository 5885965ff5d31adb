import { initBoard, readBoard, SERVER_ORIGIN, zoneOfNote } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NotePlacer } from './placeNotes.js';

describe('placing imported notes', () => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, SERVER_ORIGIN);
  const { zones } = readBoard(doc);
  const box = (p: { x: number; y: number }) => ({ ...p, width: 200, height: 160 });

  it('puts every note inside its zone, clear of the centre, also when the zone is full', () => {
    const placer = new NotePlacer(zones, []);
    const placed = Array.from({ length: 60 }, () => box(placer.place('informatie')));
    for (const p of placed) expect(zoneOfNote(p, zones)).toBe('informatie');
    const firstLayer = placed.slice(0, 10);
    for (const [i, a] of firstLayer.entries())
      for (const b of firstLayer.slice(i + 1)) expect(a.x === b.x && a.y === b.y).toBe(false);
  });

  it('puts notes without a (known) zone in the unsorted area right of the zones', () => {
    const placer = new NotePlacer(zones, []);
    const right = Math.max(...zones.map((z) => z.x + z.width));
    for (const id of [null, 'centrum', 'bestaat-niet']) {
      const p = box(placer.place(id));
      expect(zoneOfNote(p, zones)).toBeNull();
      expect(p.x).toBeGreaterThan(right);
    }
  });
});
