import { describe, expect, it } from 'vitest';
import {
  growRange,
  ladderScale,
  nextScale,
  TILE_PX,
  tileBox,
  tileDest,
  tilesByDistance,
  tilesCovering,
} from './tileMath';

describe('tile geometry', () => {
  it('covers a box with whole tiles, negative coordinates included', () => {
    expect(tilesCovering({ x: -10, y: 0, width: 520, height: 255 }, 1)).toEqual({ i0: -1, i1: 1, j0: 0, j1: 0 });
    expect(tilesCovering({ x: 0, y: 0, width: 100, height: 100 }, 0.5)).toEqual({ i0: 0, i1: 0, j0: 0, j1: 0 });
    expect(tileBox(2, -1, 2)).toEqual({ x: 256, y: -128, width: 128, height: 128 });
  });

  it('places neighbouring tiles edge to edge, pixel for pixel at ratio 1', () => {
    const vp = { x: 10.4, y: -3.6, zoom: 0.5 };
    const a = tileDest(0, 0, 1, vp, 2);
    const b = tileDest(1, 0, 1, vp, 2);
    expect(a).toEqual({ x: 21, y: -7, width: TILE_PX, height: TILE_PX });
    expect(b.x).toBe(a.x + a.width);
    const scaled = [0, 1, 2].map((i) => tileDest(i, 0, 1, { x: 0.3, y: 0, zoom: 0.77 }, 1));
    expect(scaled[1]!.x).toBe(scaled[0]!.x + scaled[0]!.width);
    expect(scaled[2]!.x).toBe(scaled[1]!.x + scaled[1]!.width);
  });

  it('orders tiles from the centre out and grows ranges', () => {
    const order = tilesByDistance({ i0: 0, i1: 2, j0: 0, j1: 2 });
    expect(order[0]).toEqual([1, 1]);
    expect(order).toHaveLength(9);
    expect(growRange({ i0: 0, i1: 1, j0: 0, j1: 1 }, 1)).toEqual({ i0: -1, i1: 2, j0: -1, j1: 2 });
  });

  it('keeps the tile scale during a zoom gesture, then snaps to the half-octave ladder; exact at rest', () => {
    expect(ladderScale(1.3)).toBeCloseTo(Math.SQRT2);
    expect(ladderScale(0.26)).toBe(0.25);
    expect(nextScale(null, 0.8, true)).toBeCloseTo(Math.SQRT1_2);
    expect(nextScale(1, 1.3, true)).toBe(1);
    expect(nextScale(1, 1.6, true)).toBeCloseTo(Math.SQRT2);
    expect(nextScale(1, 0.6, true)).toBeCloseTo(Math.SQRT1_2);
    expect(nextScale(1, 1.3, false)).toBe(1.3);
  });
});
