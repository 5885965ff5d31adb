/**
 * An action point: who does what by when, optionally linked to a note or group and its zone.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { LIMITS } from './limits.js';
import { ObjectId } from './note.js';

const field = z.string().check(z.maxLength(LIMITS.maxActionFieldLength));

export const ActionSchema = z.object({
  id: ObjectId,
  what: field,
  who: field,
  when: field,
  /** The zone this action belongs to (copied from its source when created). */
  zoneId: z.optional(z.string().check(z.maxLength(64))),
  /** The note or group it was created from. */
  sourceId: z.optional(ObjectId),
  done: z._default(z.boolean(), false),
  createdAt: z.int().check(z.nonnegative()),
});

export type Action = z.infer<typeof ActionSchema>;

export function readAction(map: Y.Map<unknown>): Action | undefined {
  const parsed = ActionSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
