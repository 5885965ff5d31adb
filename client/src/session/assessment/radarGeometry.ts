/**
 * Geometry and numbers of the team's self-assessment ("Waar staan we?"): one axis per core
 * element, clockwise from the top; levels 1..4 from the centre out; each element's spread and
 * average; and where people differ most (the start of the dialogue).
 */
import { assessmentStats } from '@plg/shared';

export const MAX_LEVEL = 4;

/** Angle of axis `i` of `n`, in radians: the first points straight up, then clockwise. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
}

/** The point for `value` (0..MAX_LEVEL) on axis `i` of `n`, in a chart of `radius` around (cx, cy). */
export function radarPoint(i: number, n: number, value: number, radius: number, cx: number, cy: number) {
  const r = (Math.max(0, Math.min(MAX_LEVEL, value)) / MAX_LEVEL) * radius;
  const a = axisAngle(i, n);
  return { x: round(cx + r * Math.cos(a)), y: round(cy + r * Math.sin(a)) };
}

/** SVG `points` of a polygon through one value per axis. */
export function polygon(values: readonly number[], radius: number, cx: number, cy: number): string {
  return values
    .map((v, i) => {
      const p = radarPoint(i, values.length, v, radius, cx, cy);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

const round = (v: number) => Math.round(v * 100) / 100;

export interface ElementSummary {
  zoneId: string;
  count: number;
  average: number;
  min: number;
  max: number;
  /** How many people chose each level 1..4. */
  histogram: [number, number, number, number];
  /** max − min: how far apart people are. */
  spread: number;
  /** A gap worth talking about: people two or more steps apart. */
  gap: boolean;
}

/** Per element (in zone order) the team's numbers; elements nobody assessed have count 0. */
export function summarise(
  zoneIds: readonly string[],
  levels: Readonly<Record<string, readonly number[]>>,
): ElementSummary[] {
  return zoneIds.map((zoneId) => {
    const list = levels[zoneId] ?? [];
    const stats = assessmentStats(list);
    const histogram: [number, number, number, number] = [0, 0, 0, 0];
    for (const l of list) if (l >= 1 && l <= 4) histogram[l - 1]! += 1;
    const spread = stats.count > 0 ? stats.max - stats.min : 0;
    return { zoneId, ...stats, average: round(stats.average), histogram, spread, gap: spread >= 2 };
  });
}

/** The element where people differ most (ties: the lower average), or null when nobody differs. */
export function widestGap(summary: readonly ElementSummary[]): string | null {
  let best: ElementSummary | null = null;
  for (const s of summary) {
    if (s.spread === 0) continue;
    if (!best || s.spread > best.spread || (s.spread === best.spread && s.average < best.average)) best = s;
  }
  return best?.zoneId ?? null;
}
