/**
 * Deciding whether a set of document changes is allowed for a connection. The server derives
 * the changes from a trial integration of the incoming update; this module only judges them.
 */
import { DENIED, type DeniedReason } from '../protocol/closeCodes.js';
import { ROOT } from '../schema/keys.js';
import type { Session } from '../schema/session.js';
import { permissionsFor, type Role } from './roles.js';

/** One object-level change found in an update. */
export interface Change {
  /** Top-level type name. */
  root: string;
  /** Key of the object within the root map (note id, zone id…), or null for flat maps (meta). */
  id: string | null;
  kind: 'add' | 'update' | 'delete';
  /** Fields touched (for flat maps: the keys). */
  fields: readonly string[];
}

export interface ChangeContext {
  role: Role;
  session: Session;
}

/** `null` when every change is allowed, else the reason the whole update is refused. */
export function judgeBoardChanges(ctx: ChangeContext, changes: readonly Change[]): DeniedReason | null {
  if (changes.length === 0) return null;
  if (ctx.role === 'viewer') return DENIED.viewer;
  const can = permissionsFor(ctx.role, ctx.session);
  for (const change of changes) {
    const reason = judgeOne(ctx, can, change);
    if (reason) return reason;
  }
  return null;
}

function judgeOne(ctx: ChangeContext, can: ReturnType<typeof permissionsFor>, change: Change): DeniedReason | null {
  switch (change.root) {
    case ROOT.session:
    case ROOT.results:
      return DENIED.session;
    case ROOT.meta:
    case ROOT.zones:
      return can.editZones ? null : DENIED.session;
    case ROOT.notes: {
      if (ctx.role !== 'facilitator' && ctx.session.locked) return DENIED.locked;
      if (change.kind === 'add') {
        if (can.draftsOnly && ctx.role !== 'facilitator') return DENIED.phase;
        return can.addNotes ? null : DENIED.phase;
      }
      if (change.kind === 'delete') return can.deleteNotes ? null : DENIED.phase;
      const onlyGroup = change.fields.every((f) => f === 'groupId');
      if (onlyGroup) return can.group || can.editNotes ? null : DENIED.phase;
      return can.editNotes ? null : DENIED.phase;
    }
    case ROOT.groups:
      if (ctx.role !== 'facilitator' && ctx.session.locked) return DENIED.locked;
      return can.group ? null : DENIED.phase;
    case ROOT.actions:
      if (ctx.role !== 'facilitator' && ctx.session.locked) return DENIED.locked;
      return can.actions ? null : DENIED.phase;
    default:
      return DENIED.invalid;
  }
}
