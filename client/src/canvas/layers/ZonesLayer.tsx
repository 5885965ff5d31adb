/**
 * The template's zones: static background, `listening={false}`, and cached as a bitmap at a
 * resolution matched to the zoom (re-cached only when the zoom crosses a power of two), so
 * panning and zooming blit one image instead of redrawing text.
 */
import { type Lang, type Zone, zoneText } from '@plg/shared';
import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Group, Layer } from 'react-konva';
import { ZoneNode } from '../nodes/ZoneNode';
import { zoneHeaderOffset } from '../zoneStyle';

/** Largest cache bitmap, in pixels (keeps GPU memory modest on school laptops). */
const MAX_CACHE_PIXELS = 24_000_000;

/** Zoom rounded up to a power of two: the cache is rebuilt only when this changes. */
export function zoomBucket(zoom: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(zoom, 1 / 64)));
}

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
  bucket: number;
}

export const ZonesLayer = memo(function ZonesLayer({ zones, templateId, lang, bucket }: Props) {
  const group = useRef<Konva.Group>(null);
  const centres = zones.filter((z) => z.kind === 'centre');
  // Re-cache whenever what is drawn changes (zones, their language) or the zoom bucket does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: templateId and lang change the drawn text
  useEffect(() => {
    const node = group.current;
    if (!node) return;
    node.clearCache();
    if (zones.length > 0) {
      const box = node.getClientRect({ skipTransform: true });
      const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
      const wanted = bucket * dpr;
      const affordable = Math.sqrt(MAX_CACHE_PIXELS / Math.max(1, box.width * box.height));
      // Too large to cache sharply at this zoom: draw directly (zones are few and cheap).
      if (affordable >= wanted * 0.75) node.cache({ pixelRatio: Math.min(wanted, affordable), offset: 4 });
    }
    node.getLayer()?.batchDraw();
  }, [zones, templateId, lang, bucket]);
  return (
    <Layer listening={false}>
      <Group ref={group}>
        {zones.map((zone) => {
          const text = zoneText(zone, templateId, lang);
          const offset = zoneHeaderOffset(zone, centres);
          return (
            <ZoneNode
              key={zone.id}
              zone={zone}
              label={text.label}
              description={text.description}
              headerOffset={offset}
            />
          );
        })}
      </Group>
    </Layer>
  );
});
