/**
 * A zone of the model (e.g. "Leiderschap"): a labelled rectangle on the board.
 * Notes belong to the zone that contains their centre; that is derived, never stored.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { HEX_COLOR } from './colors.js';
import { LIMITS } from './limits.js';
import { ObjectId } from './note.js';

export const ZONE_KINDS = { area: 'area', centre: 'centre' } as const;
export type ZoneKind = (typeof ZONE_KINDS)[keyof typeof ZONE_KINDS];

export const ZoneSchema = z.object({
  id: z.union([ObjectId, z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))]),
  label: z.string().check(z.maxLength(LIMITS.maxZoneLabelLength)),
  description: z.string().check(z.maxLength(LIMITS.maxZoneDescriptionLength)),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  color: z.string().check(z.regex(HEX_COLOR)),
  /** `area` holds notes; `centre` is the model's centre label and holds none. */
  kind: z._default(z.enum(['area', 'centre']), 'area'),
  /** The template zone it came from, so an unrenamed label can follow the interface language. */
  templateKey: z.optional(z.string().check(z.maxLength(40))),
  /** Order in lists and exports. */
  order: z._default(z.int(), 0),
});

export type Zone = z.infer<typeof ZoneSchema>;
export type ZoneInput = z.input<typeof ZoneSchema>;

/** Reads a zone's Y.Map into plain data; `undefined` when it does not validate. */
export function readZone(map: Y.Map<unknown>): Zone | undefined {
  const parsed = ZoneSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
