/**
 * Board metadata kept in the document's `meta` map.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { LIMITS } from './limits.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS);

export const MetaSchema = z.object({
  schemaVersion: z.int().check(z.positive()),
  title: z.string().check(z.maxLength(LIMITS.maxTitleLength)),
  templateId: z.string().check(z.maxLength(40)),
  createdAt: z.int().check(z.nonnegative()),
  lang: LangSchema,
});

export type Meta = z.infer<typeof MetaSchema>;

/** Reads the `meta` map; `undefined` when it does not validate. */
export function readMeta(map: Y.Map<unknown>): Meta | undefined {
  const parsed = MetaSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
