import { describe, expect, it } from 'vitest';
import { cull, cullRect, intersects, nextCullRect, rectKey } from './culling';

describe('culling', () => {
  it('detects overlap, edges exclusive', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(intersects(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(intersects(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('covers the visible area plus a margin and is stable under small pans', () => {
    const size = { width: 1000, height: 800 };
    const r = cullRect({ x: 0, y: 0, zoom: 1 }, size, 100);
    expect(r.x).toBeLessThanOrEqual(-100);
    expect(r.x + r.width).toBeGreaterThanOrEqual(1100);
    expect(rectKey(cullRect({ x: -3, y: 2, zoom: 1 }, size, 100))).toBe(rectKey(r));
  });

  it('keeps only notes in view, among a thousand', () => {
    const notes = Array.from({ length: 1000 }, (_, i) => ({
      id: String(i),
      x: (i % 40) * 220,
      y: Math.floor(i / 40) * 180,
      width: 200,
      height: 160,
    }));
    const visible = cull(notes, { x: 0, y: 0, width: 1000, height: 800 });
    expect(visible.length).toBe(5 * 5);
    expect(visible[0]?.id).toBe('0');
  });
});

describe('nextCullRect', () => {
  it('keeps the rectangle through small pans and zoom-ins, renews it when the view leaves it', () => {
    const size = { width: 1000, height: 800 };
    const first = nextCullRect(null, { x: 0, y: 0, zoom: 1 }, size);
    expect(first).toEqual({ x: -500, y: -400, width: 2000, height: 1600 });
    expect(nextCullRect(first, { x: -300, y: 200, zoom: 1 }, size)).toBe(first);
    expect(nextCullRect(first, { x: 0, y: 0, zoom: 1.5 }, size)).toBe(first);
    expect(nextCullRect(first, { x: -900, y: 0, zoom: 1 }, size)).not.toBe(first);
    expect(nextCullRect(first, { x: 0, y: 0, zoom: 0.5 }, size)).not.toBe(first);
    expect(nextCullRect(first, { x: 0, y: 0, zoom: 2 }, size)).toBe(first);
    expect(nextCullRect(first, { x: 0, y: 0, zoom: 8 }, size)).not.toBe(first);
  });
});
