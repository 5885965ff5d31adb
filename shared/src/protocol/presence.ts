/**
 * The awareness (presence) state a client publishes: who, where the pointer is, what it drags,
 * and (for facilitators) the viewport others may follow.
 */
import { z } from 'zod/mini';
import { HEX_COLOR } from '../schema/colors.js';
import { LIMITS } from '../schema/limits.js';

// zod's numbers refuse Infinity and NaN by themselves.
const finite = z.number();

export const PresenceSchema = z.object({
  user: z.object({
    /** Public participant id (not secret). */
    id: z.string().check(z.maxLength(64)),
    name: z.string().check(z.maxLength(LIMITS.maxNameLength)),
    color: z.string().check(z.regex(HEX_COLOR)),
    role: z.optional(z.enum(['facilitator', 'participant', 'viewer'])),
  }),
  /** Pointer in board coordinates; null when off the canvas. */
  cursor: z.optional(z.nullable(z.object({ x: finite, y: finite }))),
  /** Notes being dragged and their live offset (drops become one document update). */
  drag: z.optional(
    z.nullable(
      z.object({ ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)), dx: finite, dy: finite }),
    ),
  ),
  /** The note being edited, for a "typing…" hint. */
  editing: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  /** Facilitator's viewport, for follow-me. */
  viewport: z.optional(z.nullable(z.object({ x: finite, y: finite, zoom: finite, width: finite, height: finite }))),
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
