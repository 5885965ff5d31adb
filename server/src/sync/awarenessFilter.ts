/**
 * Checking incoming awareness (presence) updates. Stock clients forward their peers' states
 * too, so entries for client ids another connection owns are dropped (not punished); a
 * connection's own entries must be small, valid presence states.
 *
 * Update layout: [varUint count] { [varUint clientID][varUint clock][varString stateJSON] }*
 */
import { LIMITS, PresenceSchema } from '@plg/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Connection } from './Connection.js';

/** Client ids one connection may own (a page may run a main and a private provider, plus reloads). */
const MAX_CLIENT_IDS_PER_CONNECTION = 8;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** Decodes an awareness update; throws on malformed bytes. */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) throw new Error('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    entries.push({ clientId, clock, json });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Keeps the entries `conn` may publish: its own client ids (claiming new ones up to a limit),
 * each state null (leaving) or a valid presence no bigger than the limit, naming its own id and role.
 */
export function filterAwareness(
  entries: readonly AwarenessEntry[],
  conn: Connection,
  owners: Map<number, Connection>,
): AwarenessEntry[] {
  const kept: AwarenessEntry[] = [];
  for (const entry of entries) {
    const owner = owners.get(entry.clientId);
    if (owner && owner !== conn) continue;
    if (!owner && conn.clientIds.size >= MAX_CLIENT_IDS_PER_CONNECTION) continue;
    if (entry.json.length > LIMITS.maxAwarenessStateBytes) continue;
    if (!isAcceptableState(entry.json, conn)) continue;
    if (!owner) {
      owners.set(entry.clientId, conn);
      conn.clientIds.add(entry.clientId);
    }
    kept.push(entry);
  }
  return kept;
}

function isAcceptableState(json: string, conn: Connection): boolean {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return false;
  }
  if (state === null) return true;
  const parsed = PresenceSchema.safeParse(state);
  if (!parsed.success) return false;
  const user = parsed.data.user;
  if (user.role !== undefined && user.role !== conn.role) return false;
  if (conn.participantId !== '' && user.id !== conn.participantId) return false;
  return true;
}
