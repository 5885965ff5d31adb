/**
 * Checking incoming awareness (presence) updates. Stock clients forward their peers' states
 * too, so entries for client ids another connection owns are dropped (not punished); a
 * connection's own entries must be small, valid presence states.
 *
 * Update layout: [varUint count] { [varUint clientID][varUint clock][varString stateJSON] }*
 */
import { LIMITS, PresenceSchema } from '@plg/shared';
import * as decoding from 'lib0/decoding';
import type { Connection } from './Connection.js';

/** Client ids one connection may own (a page may run a main and a private provider, plus reloads). */
const MAX_CLIENT_IDS_PER_CONNECTION = 8;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
  /** The entry's own bytes in the update (relayed as they are once accepted). */
  bytes: Uint8Array;
  /** The state is null: the client leaves (set by filterAwareness). */
  removes: boolean;
}

/**
 * Decodes an awareness update; throws on malformed bytes. Entries for which `skip(clientId)`
 * holds are stepped over without decoding their state (a stock client's echo of its peers).
 */
export function decodeAwareness(
  update: Uint8Array,
  skip: (clientId: number) => boolean = () => false,
): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) throw new Error('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const start = decoder.pos;
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (skip(clientId)) {
      const len = decoding.readVarUint(decoder);
      if (len > update.length - decoder.pos) throw new Error('awareness state beyond the message');
      decoder.pos += len;
      continue;
    }
    const json = decoding.readVarString(decoder);
    entries.push({ clientId, clock, json, bytes: update.subarray(start, decoder.pos), removes: false });
  }
  return entries;
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
    const verdict = judgeState(entry.json, conn);
    if (verdict === 'refused') continue;
    entry.removes = verdict === 'leaves';
    if (!owner) {
      owners.set(entry.clientId, conn);
      conn.clientIds.add(entry.clientId);
    }
    kept.push(entry);
  }
  return kept;
}

function judgeState(json: string, conn: Connection): 'ok' | 'leaves' | 'refused' {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return 'refused';
  }
  if (state === null) return 'leaves';
  const parsed = PresenceSchema.safeParse(state);
  if (!parsed.success) return 'refused';
  const user = parsed.data.user;
  if (user.role !== undefined && user.role !== conn.role) return 'refused';
  if (conn.participantId !== '' && user.id !== conn.participantId) return 'refused';
  return 'ok';
}

/** Which connection announced which awareness client id, in one room. */
export class PresenceOwners {
  private readonly owners = new Map<number, Connection>();

  /** The entries of `update` that `conn` may publish; throws on malformed bytes. */
  accept(update: Uint8Array, conn: Connection): AwarenessEntry[] {
    const ownedByOther = (id: number) => {
      const owner = this.owners.get(id);
      return owner !== undefined && owner !== conn;
    };
    return filterAwareness(decodeAwareness(update, ownedByOther), conn, this.owners);
  }

  /** Forgets the ids `conn` owned and returns them (their states leave with it). */
  release(conn: Connection): number[] {
    const ids = [...conn.clientIds].filter((id) => this.owners.get(id) === conn);
    for (const id of ids) this.owners.delete(id);
    return ids;
  }
}
