/**
 * The facilitated session's state, kept in the document's `session` map. Only the server
 * writes it (facilitators send commands); every client, stock ones included, reads it.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';

export const PHASE_IDS = ['verkennen', 'onthullen', 'clusteren', 'stemmen', 'actiepunten', 'afsluiting'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** What participants may do in a phase; the server applies it to every incoming change. */
export interface PhaseRules {
  addNotes: boolean;
  editNotes: boolean;
  deleteNotes: boolean;
  group: boolean;
  vote: boolean;
  actions: boolean;
  assess: boolean;
}

export const PHASE_RULES: Record<PhaseId, PhaseRules> = {
  verkennen: {
    addNotes: true,
    editNotes: true,
    deleteNotes: true,
    group: false,
    vote: false,
    actions: false,
    assess: true,
  },
  onthullen: {
    addNotes: false,
    editNotes: true,
    deleteNotes: false,
    group: false,
    vote: false,
    actions: false,
    assess: true,
  },
  clusteren: {
    addNotes: true,
    editNotes: true,
    deleteNotes: true,
    group: true,
    vote: false,
    actions: false,
    assess: true,
  },
  stemmen: {
    addNotes: false,
    editNotes: false,
    deleteNotes: false,
    group: false,
    vote: true,
    actions: false,
    assess: true,
  },
  actiepunten: {
    addNotes: false,
    editNotes: false,
    deleteNotes: false,
    group: false,
    vote: false,
    actions: true,
    assess: true,
  },
  afsluiting: {
    addNotes: false,
    editNotes: false,
    deleteNotes: false,
    group: false,
    vote: false,
    actions: false,
    assess: false,
  },
};

/** Rules outside any phase (a free board): participants may do everything but vote. */
export const FREE_RULES: PhaseRules = {
  addNotes: true,
  editNotes: true,
  deleteNotes: true,
  group: true,
  vote: false,
  actions: true,
  assess: true,
};

export const PhaseEntrySchema = z.object({
  id: z.enum(PHASE_IDS),
  /** A facilitator's own name for the phase; empty means the default label. */
  label: z._default(z.string().check(z.maxLength(60)), ''),
  skipped: z._default(z.boolean(), false),
});
export type PhaseEntry = z.infer<typeof PhaseEntrySchema>;

export const TimerSchema = z.object({
  /** Length the timer was set to. */
  durationMs: z.int().check(z.nonnegative()),
  /** Server time (ms since epoch) when it last started; null while paused or stopped. */
  startedAt: z.nullable(z.int()),
  /** Time left when it last started or paused. */
  remainingMs: z.int(),
});
export type Timer = z.infer<typeof TimerSchema>;

export const VotingSchema = z.object({
  status: z.enum(['idle', 'open', 'closed']),
  perParticipant: z.int().check(z.minimum(1), z.maximum(20)),
  /** Largest number of one participant's dots on one note or group; 0 means no limit. */
  maxPerTarget: z.int().check(z.minimum(0), z.maximum(20)),
  anonymous: z.boolean(),
});
export type Voting = z.infer<typeof VotingSchema>;

export const SessionSchema = z.object({
  /** null: no phases running (a free board). */
  phaseId: z.nullable(z.enum(PHASE_IDS)),
  phases: z.array(PhaseEntrySchema),
  timer: TimerSchema,
  locked: z.boolean(),
  /** Private brainstorm: new notes stay in each participant's own drafts until the reveal. */
  privateMode: z.boolean(),
  /** Notes carry no author identity. */
  anonymous: z.boolean(),
  voting: VotingSchema,
  /** Dots placed so far (a live count; tallies stay hidden until voting closes). */
  votesCast: z.int().check(z.nonnegative()),
  /** Notes waiting in private drafts (a live count; their text stays private until the reveal). */
  draftCount: z.int().check(z.nonnegative()),
  assessment: z.enum(['idle', 'open', 'revealed']),
  /** Participants who placed at least one self-assessment marker. */
  assessedCount: z.int().check(z.nonnegative()),
  actionsByParticipants: z.boolean(),
  hideCursors: z.boolean(),
  /** Participants follow the facilitator's viewport (sent as presence). */
  followMe: z.boolean(),
  /** A one-off "bring everyone here": the viewport and a nonce. */
  summon: z.nullable(z.object({ x: z.number(), y: z.number(), zoom: z.number(), nonce: z.number() })),
  spotlightZoneId: z.nullable(z.string().check(z.maxLength(64))),
  /** The join code participants type on the home page. */
  joinCode: z.string().check(z.maxLength(12)),
});
export type Session = z.infer<typeof SessionSchema>;

/** The session of a board that has just been created. */
export function defaultSession(joinCode = ''): Session {
  return {
    phaseId: null,
    phases: PHASE_IDS.map((id) => ({ id, label: '', skipped: false })),
    timer: { durationMs: 5 * 60_000, startedAt: null, remainingMs: 5 * 60_000 },
    locked: false,
    privateMode: false,
    anonymous: false,
    voting: { status: 'idle', perParticipant: 3, maxPerTarget: 0, anonymous: true },
    votesCast: 0,
    draftCount: 0,
    assessment: 'idle',
    assessedCount: 0,
    actionsByParticipants: true,
    hideCursors: false,
    followMe: false,
    summon: null,
    spotlightZoneId: null,
    joinCode,
  };
}

/** Reads the session map, filling what is missing with defaults. */
export function readSession(map: Y.Map<unknown>): Session {
  const merged = { ...defaultSession(), ...map.toJSON() };
  const parsed = SessionSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSession();
}

/** What participants may do now, from the phase. */
export function rulesOf(session: Session): PhaseRules {
  return session.phaseId ? PHASE_RULES[session.phaseId] : FREE_RULES;
}

/** Milliseconds left on the timer at server time `now`. */
export function timerRemaining(timer: Timer, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - (now - timer.startedAt));
}
