/**
 * One-off camera moves the facilitator sends to every screen: "Iedereen hierheen" (a summon,
 * applied once per nonce; one already there when this screen opened is old news) and the
 * spotlight on a zone (every screen zooms to it while it is on).
 */
import type { Zone } from '@plg/shared';
import { useEffect, useRef } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../sync/useYMap';
import { applyView } from './applyView';
import { spotlightView, summonView } from './followView';

export function useSummonAndSpotlight(rt: BoardRuntime, zones: readonly Zone[]): void {
  const { summon, spotlightZoneId } = useSession(rt.doc);
  const size = useUiStore((s) => s.stageSize);
  const ready = size.width > 0 && size.height > 0;
  const seenNonce = useRef<number | null | undefined>(undefined);

  useEffect(() => {
    const nonce = summon?.nonce ?? null;
    if (seenNonce.current === undefined) {
      seenNonce.current = nonce;
      return;
    }
    if (!summon || nonce === seenNonce.current || rt.role === 'facilitator' || !ready) return;
    seenNonce.current = nonce;
    applyView(summonView(summon, useUiStore.getState().stageSize));
  }, [summon, rt.role, ready]);

  const zone = spotlightZoneId ? zones.find((z) => z.id === spotlightZoneId) : undefined;
  const zoneKey = zone ? `${zone.id}:${zone.x}:${zone.y}:${zone.width}:${zone.height}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: move once per spotlighted zone (and when the screen gets a size)
  useEffect(() => {
    if (zone && ready) applyView(spotlightView(zone, useUiStore.getState().stageSize));
  }, [zoneKey, ready]);
}
