/**
 * The facilitator's session commands (sent over HTTP with the facilitator key), validated
 * with zod at the edge.
 */
import { PhaseEntrySchema } from '@plg/shared';
import { z } from 'zod';

const PhaseId = z.enum(['verkennen', 'onthullen', 'clusteren', 'stemmen', 'actiepunten', 'afsluiting']);
const on = z.boolean();

export const SessionCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setPhase'), phaseId: PhaseId.nullable() }),
  z.object({
    type: z.literal('setPhases'),
    phases: z
      .array(PhaseEntrySchema)
      .min(1)
      .max(6)
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'each phase at most once'),
  }),
  z.object({ type: z.literal('timer'), action: z.enum(['start', 'pause', 'reset', 'addMinute']) }),
  z.object({
    type: z.literal('setTimer'),
    durationMs: z
      .number()
      .int()
      .min(10_000)
      .max(4 * 60 * 60_000),
  }),
  z.object({ type: z.literal('setLocked'), on }),
  z.object({ type: z.literal('setPrivateMode'), on }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('setAnonymous'), on }),
  z.object({
    type: z.literal('openVoting'),
    perParticipant: z.number().int().min(1).max(20),
    maxPerTarget: z.number().int().min(0).max(20),
    anonymous: z.boolean(),
  }),
  z.object({ type: z.literal('closeVoting') }),
  z.object({ type: z.literal('resetVoting') }),
  z.object({ type: z.literal('openAssessment') }),
  z.object({ type: z.literal('revealAssessment') }),
  z.object({ type: z.literal('resetAssessment') }),
  z.object({ type: z.literal('setActionsByParticipants'), on }),
  z.object({ type: z.literal('setHideCursors'), on }),
  z.object({ type: z.literal('setFollowMe'), on }),
  z.object({
    type: z.literal('summon'),
    x: z.number().finite(),
    y: z.number().finite(),
    zoom: z.number().finite().min(0.01).max(20),
  }),
  z.object({ type: z.literal('spotlight'), zoneId: z.string().max(64).nullable() }),
]);

export type SessionCommand = z.infer<typeof SessionCommand>;
