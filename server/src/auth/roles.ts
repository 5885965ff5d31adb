/**
 * Deciding a connection's or request's role, once, from what it presents.
 */
import type { Role } from '@plg/shared';
import type { BoardRecord } from '../storage/StorageAdapter.js';
import { keyMatches } from './secrets.js';

export type RoleDecision = { ok: true; role: Role } | { ok: false; reason: 'wrong-key' };

/**
 * Who connects: with the board id and the right key a facilitator, with the board id alone a
 * participant, with the viewer id a viewer. A key that is present but wrong is refused.
 */
export function decideRole(board: BoardRecord, via: 'board' | 'view', key: string | undefined): RoleDecision {
  if (via === 'view') return { ok: true, role: 'viewer' };
  if (key === undefined || key === '') return { ok: true, role: 'participant' };
  return keyMatches(key, board.facilitatorKeyHash)
    ? { ok: true, role: 'facilitator' }
    : { ok: false, reason: 'wrong-key' };
}

/** The facilitator key from an `Authorization: Bearer <key>` header. */
export function bearerKey(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : undefined;
}
