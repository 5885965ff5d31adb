/**
 * The awareness (presence) state a client publishes: who, where the pointer is, what it drags,
 * and (for facilitators) the viewport others may follow.
 */
import { z } from 'zod';
import { HEX_COLOR } from '../schema/colors.js';
import { LIMITS } from '../schema/limits.js';

const finite = z.number().finite();

export const PresenceSchema = z.object({
  user: z.object({
    /** Public participant id (not secret). */
    id: z.string().max(64),
    name: z.string().max(LIMITS.maxNameLength),
    color: z.string().regex(HEX_COLOR),
    role: z.enum(['facilitator', 'participant', 'viewer']).optional(),
  }),
  /** Pointer in board coordinates; null when off the canvas. */
  cursor: z.object({ x: finite, y: finite }).nullable().optional(),
  /** Notes being dragged and their live offset (drops become one document update). */
  drag: z
    .object({ ids: z.array(z.string().max(64)).max(200), dx: finite, dy: finite })
    .nullable()
    .optional(),
  /** The note being edited, for a "typing…" hint. */
  editing: z.string().max(64).nullable().optional(),
  /** Facilitator's viewport, for follow-me. */
  viewport: z.object({ x: finite, y: finite, zoom: finite, width: finite, height: finite }).nullable().optional(),
});
export type Presence = z.infer<typeof PresenceSchema>;

/** Colours for people's cursors: saturated, distinct, readable with white text. */
export const PRESENCE_COLORS = [
  '#d55e00',
  '#0072b2',
  '#009e73',
  '#cc79a7',
  '#7a5195',
  '#b8860b',
  '#2f4b7c',
  '#c0392b',
] as const;

/** A stable colour for a participant id. */
export function presenceColor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[h % PRESENCE_COLORS.length] as string;
}
