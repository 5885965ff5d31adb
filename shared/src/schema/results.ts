/**
 * Published results, kept in the document's `results` map and written only by the server:
 * vote tallies (once voting closes), the team's self-assessment (once revealed), and counts.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';

export const ASSESSMENT_LEVELS = [1, 2, 3, 4] as const;
/** i18n keys of the four steps: beginnend, in ontwikkeling, gevorderd, verankerd. */
export const ASSESSMENT_LEVEL_KEYS = ['starting', 'developing', 'advanced', 'embedded'] as const;

export const TallySchema = z.object({
  count: z.int().check(z.nonnegative()),
  /** Display names of who voted (absent when votes are anonymous). */
  voters: z.optional(z.array(z.string())),
});
export type Tally = z.infer<typeof TallySchema>;

export const ResultsSchema = z.object({
  /** targetId (note or group) → tally; present once voting has closed. */
  votes: z.optional(z.record(z.string(), TallySchema)),
  votesClosedAt: z.optional(z.int()),
  /** zoneId → every participant's level (1..4), in no particular order; present once revealed. */
  assessment: z.optional(z.record(z.string(), z.array(z.int().check(z.minimum(1), z.maximum(4))))),
  assessmentRevealedAt: z.optional(z.int()),
  /** Distinct participants who ever joined the board. */
  participantCount: z._default(z.int().check(z.nonnegative()), 0),
});
export type Results = z.infer<typeof ResultsSchema>;

export function readResults(map: Y.Map<unknown>): Results {
  const parsed = ResultsSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : { participantCount: 0 };
}

/** Average and spread (min..max) of one zone's self-assessment levels. */
export function assessmentStats(levels: readonly number[]): {
  count: number;
  average: number;
  min: number;
  max: number;
} {
  if (levels.length === 0) return { count: 0, average: 0, min: 0, max: 0 };
  let sum = 0;
  let min = 4;
  let max = 1;
  for (const l of levels) {
    sum += l;
    min = Math.min(min, l);
    max = Math.max(max, l);
  }
  return { count: levels.length, average: sum / levels.length, min, max };
}
