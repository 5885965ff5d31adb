import { initBoard, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { intersects } from './culling';
import { darken, ZONE_STYLE, zoneHeaderHeight, zoneHeaderOffset } from './zoneStyle';

describe('zone style', () => {
  it('moves a header below the centre label when it would be covered', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
    const zones = readBoard(doc).zones;
    const centres = zones.filter((z) => z.kind === 'centre');
    for (const zone of zones.filter((z) => z.kind === 'area')) {
      const offset = zoneHeaderOffset(zone, centres);
      const header = {
        x: zone.x,
        y: zone.y + offset,
        width: zone.width,
        height: zoneHeaderHeight(zone) - ZONE_STYLE.padding,
      };
      expect(
        centres.some((c) => intersects(c, header)),
        zone.id,
      ).toBe(false);
      expect(offset + header.height).toBeLessThan(zone.height);
    }
    expect(zoneHeaderOffset(zones.find((z) => z.id === 'cultuur')!, centres)).toBe(ZONE_STYLE.padding);
    expect(zoneHeaderOffset(zones.find((z) => z.id === 'informatie')!, centres)).toBeGreaterThan(ZONE_STYLE.padding);
  });

  it('darkens colours', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
  });
});
