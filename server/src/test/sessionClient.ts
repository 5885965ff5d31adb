/**
 * Helpers for session tests: a participant with both documents (board and private), and the
 * facilitator's HTTP session commands.
 */
import type { CreateBoardResponse, Session } from '@plg/shared';
import { addNote, newSecret, notesOf, PRIVATE_ROOT_NAMES, ROOT_NAMES, readResults, resultsOf } from '@plg/shared';
import { connectClient, synced, type TestClient, until } from './yClient.js';

export interface Person {
  board: TestClient;
  own: TestClient;
  destroy(): void;
}

/** Connects a person to a board and to their private document, with one identity (`secret`). */
export async function join(wsUrl: string, boardId: string, key?: string, secret = newSecret()): Promise<Person> {
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

/**
 * Resolves once every person still connected to the board counts `count` participants (the
 * server updates the count just after a join, so it can lag the join itself).
 */
export async function counted(people: readonly Person[], count: number): Promise<void> {
  const is = (c: TestClient) => readResults(resultsOf(c.doc)).participantCount === count;
  const open = people.filter((p) => p.board.closes.length === 0);
  await Promise.all(open.map((p) => until(p.board, () => is(p.board), `${count} participants`)));
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

/** The text of the marker notes `barrier` adds (left out of `docJson`). */
const BARRIER_TEXT = '(barrier)';

/**
 * Adds a marker note as the facilitator and resolves once every client has it: whatever the
 * server relayed before the marker (one socket per client, in order) has arrived by then.
 */
export async function barrier(facilitator: TestClient, clients: readonly TestClient[]): Promise<void> {
  const id = addNote(facilitator.doc, { x: 0, y: 0, text: BARRIER_TEXT }, 'barrier');
  await Promise.all(clients.map((c) => until(c, () => notesOf(c.doc).has(id), 'barrier note')));
}

/** Every top-level map of a board (or, with `private`, a private) document as JSON, without barrier notes. */
export function docJson(client: TestClient, kind: 'board' | 'private' = 'board'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of kind === 'board' ? ROOT_NAMES : PRIVATE_ROOT_NAMES) out[name] = client.doc.getMap(name).toJSON();
  const notes = out.notes as Record<string, { text?: unknown }> | undefined;
  for (const [id, note] of Object.entries(notes ?? {})) if (note.text === BARRIER_TEXT) delete notes?.[id];
  return out;
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
