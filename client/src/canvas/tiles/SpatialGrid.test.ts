import { describe, expect, it } from 'vitest';
import { SpatialGrid } from './SpatialGrid';

const box = (id: string, x: number, y: number, w = 100, h = 100) => ({ id, x, y, width: w, height: h });

describe('SpatialGrid', () => {
  it('finds the boxes that meet a rectangle, in their original order', () => {
    const items = [box('c', 2000, 2000), box('a', 0, 0), box('b', 1000, 10, 200), box('far', -5000, 0)];
    const grid = new SpatialGrid(items);
    expect(grid.query({ x: 50, y: 50, width: 1000, height: 10 }).map((b) => b.id)).toEqual(['a', 'b']);
    expect(grid.query({ x: 1150, y: 20, width: 10, height: 10 }).map((b) => b.id)).toEqual(['b']);
    expect(grid.query({ x: 3000, y: 3000, width: 10, height: 10 })).toEqual([]);
  });

  it('grows every box by the margin (shadows reach outside a note)', () => {
    const grid = new SpatialGrid([box('a', 0, 0)], 20);
    expect(grid.query({ x: 110, y: 0, width: 5, height: 5 }).map((b) => b.id)).toEqual(['a']);
    expect(grid.query({ x: 130, y: 0, width: 5, height: 5 })).toEqual([]);
  });
});
