/**
 * How zones are drawn: type sizes that read from across a room on a projector, scaled to the
 * zone's width, and the header height that new notes are placed below.
 */
import type { Zone } from '@plg/shared';

export const ZONE_STYLE = {
  padding: 40,
  cornerRadius: 28,
  labelColor: '#1d2b40',
  descriptionColor: '#3a4658',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  lineHeight: 1.25,
} as const;

export function zoneLabelSize(zone: Pick<Zone, 'width' | 'kind'>): number {
  if (zone.kind === 'centre') return Math.round(Math.min(56, Math.max(32, zone.width / 11)));
  return Math.round(Math.min(80, Math.max(48, zone.width / 16)));
}

export function zoneDescriptionSize(zone: Pick<Zone, 'width' | 'kind'>): number {
  return Math.round(Math.max(30, zoneLabelSize(zone) * 0.5));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a zone's label starts, measured from the zone's top: normally the padding, but below
 * any obstacle (the model's centre label) that would cover the header.
 */
export function zoneHeaderOffset(
  zone: Pick<Zone, 'x' | 'y' | 'width' | 'height' | 'kind'>,
  obstacles: readonly Box[],
): number {
  let top = zone.y + ZONE_STYLE.padding;
  const height = zoneHeaderHeight(zone) - ZONE_STYLE.padding;
  for (const o of obstacles) {
    const overlaps = o.x < zone.x + zone.width && zone.x < o.x + o.width && o.y < top + height && top < o.y + o.height;
    if (overlaps && o.y + o.height + 16 + height < zone.y + zone.height) top = o.y + o.height + 16;
  }
  return top - zone.y;
}

/** Height of the label and a two-line description: notes go below it. */
export function zoneHeaderHeight(zone: Pick<Zone, 'width' | 'kind'>): number {
  const { padding, lineHeight } = ZONE_STYLE;
  return Math.round(padding + zoneLabelSize(zone) * lineHeight + 12 + zoneDescriptionSize(zone) * lineHeight * 2 + 44);
}

/** A darker shade of a hex colour (for borders). */
export function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const f = (shift: number) => Math.round(((n >> shift) & 255) * (1 - amount));
  return `#${[16, 8, 0].map((s) => f(s).toString(16).padStart(2, '0')).join('')}`;
}
