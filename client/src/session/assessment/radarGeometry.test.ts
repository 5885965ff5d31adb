// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { axisAngle, polygon, radarPoint, summarise, widestGap } from './radarGeometry';

describe('radar chart geometry', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2);
    expect(radarPoint(0, 4, 4, 100, 0, 0)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(1, 4, 4, 100, 0, 0)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(2, 4, 2, 100, 0, 0)).toEqual({ x: 0, y: 50 });
    expect(radarPoint(3, 4, 1, 100, 200, 200)).toEqual({ x: 175, y: 200 });
  });

  it('clamps values to the scale and joins them into a polygon', () => {
    expect(radarPoint(0, 4, 9, 100, 0, 0)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(0, 4, -1, 100, 0, 0)).toEqual({ x: 0, y: 0 });
    expect(polygon([4, 4, 4, 4], 100, 0, 0)).toBe('0,-100 100,0 0,100 -100,0');
  });

  it('summarises each element and finds where the team differs most', () => {
    const summary = summarise(['cultuur', 'leiderschap', 'hr'], { cultuur: [1, 2, 4], leiderschap: [3, 3] });
    expect(summary[0]).toMatchObject({ count: 3, average: 2.33, min: 1, max: 4, spread: 3, gap: true });
    expect(summary[0]?.histogram).toEqual([1, 1, 0, 1]);
    expect(summary[1]).toMatchObject({ count: 2, average: 3, spread: 0, gap: false });
    expect(summary[2]).toMatchObject({ count: 0, spread: 0, gap: false });
    expect(widestGap(summary)).toBe('cultuur');
    expect(widestGap(summarise(['a'], { a: [2, 2] }))).toBeNull();
  });
});
