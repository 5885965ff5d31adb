/**
 * The policy of a participant's private document: drafts only during a private brainstorm,
 * votes only while voting is open and within the budget, self-assessment only while open.
 */
import {
  checkVotes,
  DENIED,
  LIMITS,
  NOTE_KEYS,
  PRIVATE_ROOT,
  PRIVATE_ROOT_NAMES,
  ROOT,
  readNote,
  readZone,
} from '@plg/shared';
import * as Y from 'yjs';
import { type DocPolicy, type ObjectRoot, type Refusal, validateObjects } from './policy.js';

/** Drafts one participant may hold at once. */
export const MAX_DRAFTS = 200;

const DRAFT_SPECS: Record<string, ObjectRoot> = {
  [PRIVATE_ROOT.drafts]: { read: readNote, keys: NOTE_KEYS, max: MAX_DRAFTS },
};

const refuse = (reason: Refusal['reason'], detail: string): Refusal => ({ reason, detail });

export const privatePolicy: DocPolicy = {
  roots: new Set<string>(PRIVATE_ROOT_NAMES),
  check(conn, changes, shadow, { session, board }) {
    if (conn.role === 'viewer') return refuse(DENIED.viewer, 'viewer');
    const roots = new Set(changes.map((c) => c.root));
    if (roots.has(PRIVATE_ROOT.drafts)) {
      if (!session.privateMode) return refuse(DENIED.phase, 'drafts outside a private brainstorm');
      if (conn.role !== 'facilitator' && session.locked) return refuse(DENIED.locked, 'locked');
      const bad = validateObjects(changes, shadow, DRAFT_SPECS);
      if (bad) return bad;
      for (const change of changes) {
        if (change.root !== PRIVATE_ROOT.drafts || change.kind !== 'add' || change.id === null) continue;
        const note = shadow.getMap<Y.Map<unknown>>(PRIVATE_ROOT.drafts).get(change.id) as Y.Map<unknown>;
        const authorId = note.get('authorId');
        if (authorId !== '' && authorId !== conn.participantId)
          return refuse(DENIED.foreign, 'draft of another author');
      }
    }
    if (roots.has(PRIVATE_ROOT.votes)) {
      if (session.voting.status !== 'open') return refuse(DENIED.phase, 'voting is not open');
      const notes = board.getMap(ROOT.notes);
      const groups = board.getMap(ROOT.groups);
      const why = checkVotes(
        shadow.getMap(PRIVATE_ROOT.votes).toJSON(),
        session.voting,
        (id) => notes.has(id) || groups.has(id),
      );
      if (why) return refuse(why === 'over budget' ? DENIED.budget : DENIED.invalid, why);
    }
    if (roots.has(PRIVATE_ROOT.assessment)) {
      if (session.assessment !== 'open') return refuse(DENIED.phase, 'self-assessment is not open');
      const zones = board.getMap(ROOT.zones);
      for (const [zoneId, level] of shadow.getMap(PRIVATE_ROOT.assessment).entries()) {
        const zone = zones.get(zoneId);
        const area = zone instanceof Y.Map ? readZone(zone) : undefined;
        if (area?.kind !== 'area') return refuse(DENIED.invalid, 'assessment of an unknown zone');
        if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 4) {
          return refuse(DENIED.invalid, 'assessment level out of range');
        }
      }
    }
    for (const change of changes) {
      if (change.root !== PRIVATE_ROOT.profile) continue;
      const value = shadow.getMap(PRIVATE_ROOT.profile).get(change.id ?? '');
      if (change.id !== 'name' || typeof value !== 'string' || value.length > LIMITS.maxNameLength) {
        return refuse(DENIED.invalid, 'profile');
      }
    }
    return null;
  },
};
