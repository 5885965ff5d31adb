/**
 * A group (cluster) of notes: a named object drawn as a frame around its members.
 * Membership is stored on each note (`groupId`), so a note is in at most one group.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { HEX_COLOR } from './colors.js';
import { LIMITS } from './limits.js';
import { ObjectId } from './note.js';

export const GroupSchema = z.object({
  id: ObjectId,
  label: z.string().check(z.maxLength(LIMITS.maxGroupLabelLength)),
  color: z.string().check(z.regex(HEX_COLOR)),
  createdAt: z.int().check(z.nonnegative()),
});

export type Group = z.infer<typeof GroupSchema>;

export function readGroup(map: Y.Map<unknown>): Group | undefined {
  const parsed = GroupSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
