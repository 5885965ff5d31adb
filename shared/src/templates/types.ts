/**
 * Templates are data: a model's zones with labels and descriptions in both languages.
 */
import type { Lang } from '../schema/meta.js';
import type { ZoneKind } from '../schema/zone.js';

export type Localised = Record<Lang, string>;

export interface TemplateZone {
  /** Stable key; becomes the zone's id and `templateKey`. */
  key: string;
  label: Localised;
  description: Localised;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  kind: ZoneKind;
}

export interface Template {
  id: string;
  name: Localised;
  summary: Localised;
  zones: readonly TemplateZone[];
}

/** Lays out `items` as area zones in a grid of `columns`, cells of `w`×`h` with `gap`. */
export function gridZones(
  items: readonly { key: string; label: Localised; description: Localised }[],
  columns: number,
  colors: readonly string[],
  w = 640,
  h = 460,
  gap = 40,
): TemplateZone[] {
  return items.map((item, i) => ({
    ...item,
    x: (i % columns) * (w + gap),
    y: Math.floor(i / columns) * (h + gap),
    width: w,
    height: h,
    color: colors[i % colors.length] as string,
    kind: 'area',
  }));
}

/** Soft zone backgrounds, distinct from the note colours. */
export const ZONE_COLORS = [
  '#e6f0fa',
  '#fbeee0',
  '#e7f5ea',
  '#f1e9f9',
  '#fbe9ea',
  '#e5f4f3',
  '#f6f2dc',
  '#ecedf5',
  '#f8ecf3',
] as const;
