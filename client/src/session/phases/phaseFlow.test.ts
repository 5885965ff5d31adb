// @vitest-environment node
import { defaultSession, type Session } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { movePhase, nextPhase, participantActivities, patchPhase, previousPhase, suggestionsFor } from './phaseFlow';

const session = (patch: Partial<Session> = {}): Session => ({ ...defaultSession('ABCDEF'), ...patch });

describe('phases', () => {
  it('maps each phase to what participants may do, as the server rules say', () => {
    expect(participantActivities(session({ phaseId: 'verkennen' }))).toEqual(['addNotes', 'editNotes']);
    expect(participantActivities(session({ phaseId: 'verkennen', privateMode: true }))).toEqual([
      'drafts',
      'editNotes',
    ]);
    expect(participantActivities(session({ phaseId: 'clusteren' }))).toEqual(['addNotes', 'editNotes', 'group']);
    const voting = { ...defaultSession().voting, status: 'open' as const };
    expect(participantActivities(session({ phaseId: 'stemmen', voting }))).toEqual(['vote']);
    expect(participantActivities(session({ phaseId: 'actiepunten' }))).toEqual(['actions']);
    expect(participantActivities(session({ phaseId: 'actiepunten', actionsByParticipants: false }))).toEqual([]);
    expect(participantActivities(session({ phaseId: 'afsluiting', assessment: 'open' }))).toEqual(['assess']);
    // Locked: nothing but voting and the self-assessment when those are open.
    expect(participantActivities(session({ phaseId: 'clusteren', locked: true }))).toEqual([]);
  });

  it('steps through the phases, skipping skipped ones', () => {
    const phases = patchPhase(defaultSession().phases, 'onthullen', { skipped: true });
    expect(nextPhase(session({ phases }))).toBe('verkennen');
    expect(nextPhase(session({ phases, phaseId: 'verkennen' }))).toBe('clusteren');
    expect(previousPhase(session({ phases, phaseId: 'clusteren' }))).toBe('verkennen');
    expect(nextPhase(session({ phases, phaseId: 'afsluiting' }))).toBeNull();
    expect(previousPhase(session({ phases, phaseId: 'verkennen' }))).toBeNull();
  });

  it('reorders and renames phases', () => {
    const phases = defaultSession().phases;
    expect(movePhase(phases, 1, -1).map((p) => p.id)).toEqual([
      'onthullen',
      'verkennen',
      'clusteren',
      'stemmen',
      'actiepunten',
      'afsluiting',
    ]);
    expect(movePhase(phases, 0, -1)).toEqual(phases);
    expect(patchPhase(phases, 'stemmen', { label: 'Prioriteren' }).find((p) => p.id === 'stemmen')?.label).toBe(
      'Prioriteren',
    );
  });

  it('suggests the next step for the facilitator', () => {
    expect(suggestionsFor(session({ phaseId: 'verkennen' }))).toEqual(['startPrivate']);
    expect(suggestionsFor(session({ phaseId: 'onthullen', privateMode: true }))).toEqual(['reveal']);
    expect(suggestionsFor(session({ phaseId: 'stemmen' }))).toEqual(['openVoting']);
    expect(suggestionsFor(session({ phaseId: 'actiepunten' }))).toEqual(['openActions']);
    expect(suggestionsFor(session({ phaseId: 'clusteren', privateMode: true, assessment: 'open' }))).toEqual([
      'reveal',
      'revealAssessment',
    ]);
  });
});
