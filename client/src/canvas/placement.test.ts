import { describe, expect, it } from 'vitest';
import { intersects } from './culling';
import { freeSpotInZone, freeSpotNear } from './placement';
import { zoneHeaderHeight } from './zoneStyle';

const zone = { x: 0, y: 0, width: 1340, height: 860 };
const box = (p: { x: number; y: number }) => ({ ...p, width: 200, height: 160 });

describe('placement', () => {
  it('places notes inside the zone, below its header, never on top of another', () => {
    const notes: ReturnType<typeof box>[] = [];
    for (let i = 0; i < 12; i++) {
      const spot = box(freeSpotInZone(zone, notes));
      expect(spot.x).toBeGreaterThanOrEqual(zone.x);
      expect(spot.y).toBeGreaterThanOrEqual(zoneHeaderHeight({ width: zone.width, kind: 'area' }));
      expect(spot.x + spot.width).toBeLessThanOrEqual(zone.x + zone.width);
      expect(spot.y + spot.height).toBeLessThanOrEqual(zone.y + zone.height);
      expect(notes.some((n) => intersects(n, spot))).toBe(false);
      notes.push(spot);
    }
  });

  it('still returns a spot inside a full zone', () => {
    const small = { x: 100, y: 100, width: 300, height: 300 };
    const spot = freeSpotInZone(small, [box({ x: 100, y: 100 }), { x: 0, y: 0, width: 1000, height: 1000 }]);
    expect(spot.x).toBeGreaterThanOrEqual(100);
    expect(spot.y).toBeGreaterThanOrEqual(100);
  });

  it('finds a free spot near a point', () => {
    const first = freeSpotNear({ x: 500, y: 500 }, []);
    expect(first).toEqual({ x: 400, y: 420 });
    const second = box(freeSpotNear({ x: 500, y: 500 }, [box(first)]));
    expect(intersects(second, box(first))).toBe(false);
  });
});
