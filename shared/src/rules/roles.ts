/**
 * Roles and what each may do now, given the session. The server applies these rules to every
 * incoming change; the client uses the same ones to show only what will be accepted.
 */
import { rulesOf, type Session } from '../schema/session.js';

export const ROLES = ['facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Permissions {
  addNotes: boolean;
  editNotes: boolean;
  deleteNotes: boolean;
  group: boolean;
  vote: boolean;
  actions: boolean;
  assess: boolean;
  /** New notes go to the participant's private drafts, not the board. */
  draftsOnly: boolean;
  editZones: boolean;
  runSession: boolean;
}

const NONE: Permissions = {
  addNotes: false,
  editNotes: false,
  deleteNotes: false,
  group: false,
  vote: false,
  actions: false,
  assess: false,
  draftsOnly: false,
  editZones: false,
  runSession: false,
};

/** What `role` may do under `session`. */
export function permissionsFor(role: Role, session: Session): Permissions {
  if (role === 'viewer') return NONE;
  const voting = session.voting.status === 'open';
  const assessing = session.assessment === 'open';
  if (role === 'facilitator') {
    return {
      addNotes: true,
      editNotes: true,
      deleteNotes: true,
      group: true,
      vote: voting,
      actions: true,
      assess: assessing,
      draftsOnly: session.privateMode,
      editZones: true,
      runSession: true,
    };
  }
  if (session.locked) return { ...NONE, vote: voting, assess: assessing };
  const rules = rulesOf(session);
  return {
    addNotes: rules.addNotes,
    editNotes: rules.editNotes,
    deleteNotes: rules.deleteNotes,
    group: rules.group,
    vote: voting,
    actions: rules.actions && session.actionsByParticipants,
    assess: assessing,
    draftsOnly: session.privateMode,
    editZones: false,
    runSession: false,
  };
}
