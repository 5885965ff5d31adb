/**
 * The study day's phases on this side: what participants may do now (from shared
 * permissionsFor, so the labels match what the server accepts), the phase order the
 * facilitator edits (reorder, rename, skip), and what each phase suggests to the facilitator.
 */
import { type PhaseEntry, type PhaseId, permissionsFor, type Session } from '@plg/shared';

export const ACTIVITIES = ['drafts', 'addNotes', 'editNotes', 'group', 'vote', 'assess', 'actions'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** What a participant may do under `session`, in a fixed order ('drafts': write privately). */
export function participantActivities(session: Session): Activity[] {
  const can = permissionsFor('participant', session);
  const out: Activity[] = [];
  if (can.addNotes && can.draftsOnly) out.push('drafts');
  else if (can.addNotes) out.push('addNotes');
  if (can.editNotes) out.push('editNotes');
  if (can.group) out.push('group');
  if (can.vote) out.push('vote');
  if (can.assess) out.push('assess');
  if (can.actions) out.push('actions');
  return out;
}

/** The phases in their order, skipped ones left out. */
export function activePhases(phases: readonly PhaseEntry[]): PhaseEntry[] {
  return phases.filter((p) => !p.skipped);
}

/** The phase after the current one (null at the end; the first when none runs). */
export function nextPhase(session: Session): PhaseId | null {
  const list = activePhases(session.phases);
  if (session.phaseId === null) return list[0]?.id ?? null;
  const i = list.findIndex((p) => p.id === session.phaseId);
  return list[i + 1]?.id ?? null;
}

/** The phase before the current one, or null. */
export function previousPhase(session: Session): PhaseId | null {
  const list = activePhases(session.phases);
  const i = list.findIndex((p) => p.id === session.phaseId);
  return i > 0 ? (list[i - 1]?.id ?? null) : null;
}

/** The phases with entry `index` moved one place up (-1) or down (1). */
export function movePhase(phases: readonly PhaseEntry[], index: number, by: -1 | 1): PhaseEntry[] {
  const to = index + by;
  if (index < 0 || to < 0 || index >= phases.length || to >= phases.length) return [...phases];
  const next = [...phases];
  [next[index], next[to]] = [next[to] as PhaseEntry, next[index] as PhaseEntry];
  return next;
}

export function patchPhase(phases: readonly PhaseEntry[], id: PhaseId, patch: Partial<PhaseEntry>): PhaseEntry[] {
  return phases.map((p) => (p.id === id ? { ...p, ...patch, id } : p));
}

/** A facilitator's next step the panel offers in a phase. */
export type Suggestion =
  | 'startPrivate'
  | 'reveal'
  | 'openVoting'
  | 'closeVoting'
  | 'showResults'
  | 'openActions'
  | 'openAssessment'
  | 'revealAssessment'
  | 'export';

export function suggestionsFor(session: Session): Suggestion[] {
  const out: Suggestion[] = [];
  switch (session.phaseId) {
    case 'verkennen':
      if (!session.privateMode) out.push('startPrivate');
      break;
    case 'onthullen':
      if (session.privateMode || session.draftCount > 0) out.push('reveal');
      break;
    case 'stemmen':
      if (session.voting.status === 'open') out.push('closeVoting');
      else if (session.voting.status === 'closed') out.push('showResults');
      else out.push('openVoting');
      break;
    case 'actiepunten':
      out.push('openActions');
      break;
    case 'afsluiting':
      out.push('export');
      break;
    default:
      break;
  }
  if (session.privateMode && session.phaseId !== 'onthullen') out.push('reveal');
  if (session.assessment === 'open') out.push('revealAssessment');
  return out;
}
