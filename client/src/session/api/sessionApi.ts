/**
 * The facilitator's session commands (`POST /api/boards/:id/session` with the facilitator key
 * as a Bearer token; the server's schema is server/src/session/commands.ts) and the server clock
 * (`GET /api/time`). Errors become ApiRequestError with the server's stable code.
 */
import { type PhaseEntry, type PhaseId, type Session, SessionSchema } from '@plg/shared';
import { ApiRequestError } from '../../api/boardsApi';

export type SessionCommand =
  | { type: 'setPhase'; phaseId: PhaseId | null }
  | { type: 'setPhases'; phases: PhaseEntry[] }
  | { type: 'timer'; action: 'start' | 'pause' | 'reset' | 'addMinute' }
  | { type: 'setTimer'; durationMs: number }
  | { type: 'setLocked' | 'setPrivateMode' | 'setAnonymous'; on: boolean }
  | { type: 'setActionsByParticipants' | 'setHideCursors' | 'setFollowMe'; on: boolean }
  | { type: 'reveal' | 'closeVoting' | 'resetVoting' }
  | { type: 'openAssessment' | 'revealAssessment' | 'resetAssessment' }
  | { type: 'openVoting'; perParticipant: number; maxPerTarget: number; anonymous: boolean }
  | { type: 'summon'; x: number; y: number; zoom: number }
  | { type: 'spotlight'; zoneId: string | null };

/** One facilitator request; resolves with the JSON body (null when there is none, as after a 204). */
export async function call(path: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, referrerPolicy: 'no-referrer' });
  } catch (err) {
    throw new ApiRequestError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) {
    throw new ApiRequestError(res.status, body?.error?.code ?? `HTTP_${res.status}`, body?.error?.message ?? '');
  }
  return body;
}

/** Sends one command; resolves with the session as the server stored it. */
export async function sendSessionCommand(boardId: string, key: string, cmd: SessionCommand): Promise<Session> {
  const body = (await call(`/api/boards/${encodeURIComponent(boardId)}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(cmd),
  })) as { session?: unknown } | null;
  const parsed = SessionSchema.safeParse(body?.session);
  if (!parsed.success) throw new ApiRequestError(200, 'BAD_RESPONSE', 'unexpected response from the server');
  return parsed.data;
}

/** The server's clock, in ms since the epoch. */
export async function fetchServerTime(): Promise<number> {
  const body = (await call('/api/time', { headers: { Accept: 'application/json' } })) as { now?: unknown } | null;
  if (typeof body?.now !== 'number') throw new ApiRequestError(200, 'BAD_RESPONSE', 'no time in the answer');
  return body.now;
}
