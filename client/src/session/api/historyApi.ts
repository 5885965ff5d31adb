/**
 * The facilitator's board administration over HTTP, with the facilitator key as a Bearer token:
 * versions (`GET /api/boards/:id/history`, `…/history/:v`, `POST …/history/:v/restore`), the
 * retention date (`GET /api/boards/:id`, `POST …/extend`) and deleting the board for good
 * (`DELETE /api/boards/:id`). Errors become ApiRequestError with the server's stable code.
 */
import { ApiRequestError } from '../../api/boardsApi';
import { parseVersions, type Version } from '../history/versions';
import { call } from './sessionApi';

const board = (id: string) => `/api/boards/${encodeURIComponent(id)}`;
const auth = (key: string) => ({ Authorization: `Bearer ${key}`, Accept: 'application/json' });

/** The kept versions, newest first. */
export async function listVersions(boardId: string, key: string): Promise<Version[]> {
  const body = await call(`${board(boardId)}/history`, { headers: auth(key), cache: 'no-store' });
  return parseVersions(body);
}

/** One version's content as the server reads it (a board snapshot; see previewSummary.ts). */
export function fetchVersion(boardId: string, key: string, versionId: number): Promise<unknown> {
  return call(`${board(boardId)}/history/${versionId}`, { headers: auth(key), cache: 'no-store' });
}

/** Makes the board's content that of a version again (the server keeps the current one first). */
export async function restoreVersion(boardId: string, key: string, versionId: number): Promise<void> {
  await call(`${board(boardId)}/history/${versionId}/restore`, { method: 'POST', headers: auth(key) });
}

function expiresAtOf(body: unknown): number {
  const at = (body as { expiresAt?: unknown } | null)?.expiresAt;
  if (typeof at !== 'number' || !Number.isFinite(at)) {
    throw new ApiRequestError(200, 'BAD_RESPONSE', 'no expiry date in the answer');
  }
  return at;
}

/** When the board will be deleted if nobody uses it (ms since the epoch). */
export async function fetchExpiry(boardId: string, key: string): Promise<number> {
  return expiresAtOf(await call(board(boardId), { headers: auth(key), cache: 'no-store' }));
}

/** Keeps the board `days` days longer; resolves with the new date. */
export async function extendBoard(boardId: string, key: string, days: number): Promise<number> {
  const body = await call(`${board(boardId)}/extend`, {
    method: 'POST',
    headers: { ...auth(key), 'Content-Type': 'application/json' },
    body: JSON.stringify({ days }),
  });
  return expiresAtOf(body);
}

/** Deletes the board for good (204). */
export async function deleteBoard(boardId: string, key: string): Promise<void> {
  await call(board(boardId), { method: 'DELETE', headers: auth(key) });
}
