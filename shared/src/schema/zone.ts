/**
 * A zone of the model (e.g. "Leiderschap"): a labelled rectangle on the board.
 * Notes belong to the zone that contains their centre; that is derived, never stored.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { HEX_COLOR } from './colors.js';
import { LIMITS } from './limits.js';
import { ObjectId } from './note.js';

export const ZONE_KINDS = { area: 'area', centre: 'centre' } as const;
export type ZoneKind = (typeof ZONE_KINDS)[keyof typeof ZONE_KINDS];

export const ZoneSchema = z.object({
  id: z.union([ObjectId, z.string().regex(/^[a-z0-9-]{2,40}$/)]),
  label: z.string().max(LIMITS.maxZoneLabelLength),
  description: z.string().max(LIMITS.maxZoneDescriptionLength),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  color: z.string().regex(HEX_COLOR),
  /** `area` holds notes; `centre` is the model's centre label and holds none. */
  kind: z.enum(['area', 'centre']).default('area'),
  /** The template zone it came from, so an unrenamed label can follow the interface language. */
  templateKey: z.string().max(40).optional(),
  /** Order in lists and exports. */
  order: z.number().int().default(0),
});

export type Zone = z.infer<typeof ZoneSchema>;
export type ZoneInput = z.input<typeof ZoneSchema>;

/** Reads a zone's Y.Map into plain data; `undefined` when it does not validate. */
export function readZone(map: Y.Map<unknown>): Zone | undefined {
  const parsed = ZoneSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
