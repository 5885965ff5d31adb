/** Spotlight on one zone: everything around it is dimmed on every screen until it is cleared. */
import type { Zone } from '@plg/shared';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useSession } from '../../sync/useYMap';

export function SpotlightMask({ rt, zones }: { rt: BoardRuntime; zones: readonly Zone[] }) {
  const { spotlightZoneId } = useSession(rt.doc);
  const zone = spotlightZoneId ? zones.find((z) => z.id === spotlightZoneId) : undefined;
  if (!zone) return null;
  return (
    <div
      className="spotlight-hole"
      data-testid="spotlight"
      style={{ left: zone.x, top: zone.y, width: zone.width, height: zone.height }}
    />
  );
}
