/**
 * Identity without accounts: each browser keeps a random secret and a display name in
 * localStorage. The public participant id is derived from the secret (shared participantIdOf).
 */
import { LIMITS, newSecret, PARTICIPANT_SECRET, participantIdOf } from '@plg/shared';

const STORAGE_KEY = 'plg-board:identity';

export interface Identity {
  /** Sent to the server as `as`; never shown. */
  secret: string;
  /** Public id, written as a note's authorId and shown in presence. */
  id: string;
  /** Display name; empty until asked. */
  name: string;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Cleans a typed display name: trimmed, single spaces, within the limit. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.maxNameLength);
}

/** Reads the stored identity, creating (and storing) a secret the first time. */
export function loadIdentity(store: Storage | null = storage()): Identity {
  let secret = '';
  let name = '';
  try {
    const raw = store?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as { secret?: unknown; name?: unknown }) : {};
    if (typeof parsed.secret === 'string' && PARTICIPANT_SECRET.test(parsed.secret)) secret = parsed.secret;
    if (typeof parsed.name === 'string') name = cleanName(parsed.name);
  } catch {
    // A damaged entry: start over below.
  }
  if (!secret) {
    secret = newSecret();
    save(store, { secret, name });
  }
  return { secret, name, id: participantIdOf(secret) };
}

/** Remembers the display name; returns the updated identity. */
export function saveName(name: string, store: Storage | null = storage()): Identity {
  const current = loadIdentity(store);
  const next = { ...current, name: cleanName(name) };
  save(store, { secret: next.secret, name: next.name });
  return next;
}

function save(store: Storage | null, value: { secret: string; name: string }): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the identity lasts for this page only.
  }
}
