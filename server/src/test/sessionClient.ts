/**
 * Helpers for session tests: a participant with both documents (board and private), and the
 * facilitator's HTTP session commands.
 */
import type { CreateBoardResponse, Session } from '@plg/shared';
import { newSecret } from '@plg/shared';
import { connectClient, synced, type TestClient } from './yClient.js';

export interface Person {
  board: TestClient;
  own: TestClient;
  destroy(): void;
}

/** Connects a person to a board and to their private document, with one identity. */
export async function join(wsUrl: string, boardId: string, key?: string): Promise<Person> {
  const secret = newSecret();
  const board = connectClient(wsUrl, boardId, { secret, ...(key ? { key } : {}) });
  const own = connectClient(wsUrl, `${boardId}/private`, { secret, ...(key ? { key } : {}) });
  await Promise.all([synced(board), synced(own)]);
  return {
    board,
    own,
    destroy: () => {
      board.destroy();
      own.destroy();
    },
  };
}

/** Sends a facilitator command; returns the HTTP status and body. */
export async function command(
  url: string,
  board: CreateBoardResponse,
  body: Record<string, unknown>,
  key: string | null = board.facilitatorKey,
): Promise<{ status: number; body: { ok?: boolean; session?: Session; error?: { code: string } } }> {
  const res = await fetch(`${url}/api/boards/${board.id}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** Whether any received frame contains `text` (UTF-8). */
export function sawText(client: TestClient, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  return client.received.some((frame) => indexOf(frame, needle) !== -1);
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
