/**
 * Frames the raw load clients send and recognise, y-websocket protocol (optionally behind a
 * Hocuspocus document-name prefix):
 *
 * sync:       [prefix][varUint 0][varUint sub][varUint8Array data]  sub 0 = step 1, 1 = step 2, 2 = update
 * awareness:  [prefix][varUint 1][varUint8Array [varUint 1][varUint id][varUint clock][varString json]]
 * hocuspocus: [varString doc][varUint 2][varUint 0][varString token]      (auth, before anything else)
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const EMPTY = new Uint8Array(0);
/** An update with no structs and no deletions. */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** An empty state vector (a fresh tab: "send me everything"). */
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);

function build(prefix: Uint8Array, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  if (prefix.length > 0) encoding.writeUint8Array(e, prefix);
  write(e);
  return encoding.toUint8Array(e);
}

export function varStringBytes(s: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, s);
  return encoding.toUint8Array(e);
}

export const syncStep1 = (prefix: Uint8Array, sv: Uint8Array) =>
  build(prefix, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, sv);
  });

export const syncStep2 = (prefix: Uint8Array, update: Uint8Array) =>
  build(prefix, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, update);
  });

export const syncUpdate = (prefix: Uint8Array, update: Uint8Array) =>
  build(prefix, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

/** One awareness entry (a client's whole state, JSON). */
export const awarenessFrame = (prefix: Uint8Array, clientId: number, clock: number, json: string) =>
  build(prefix, (e) => {
    encoding.writeVarUint(e, 1);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

/** Hocuspocus's auth message (empty token), which opens a document on the socket. */
export const hocuspocusAuth = (room: string) =>
  build(varStringBytes(room), (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, '');
  });

export type Incoming = 'step1' | 'step2' | 'update' | 'awareness' | 'other';

/** Classifies a received frame (skipping a Hocuspocus prefix when `prefixed`). */
export function classify(data: Uint8Array, prefixed: boolean): Incoming {
  try {
    const d = decoding.createDecoder(data);
    if (prefixed) decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type === 1) return 'awareness';
    // Hocuspocus answers a step 1 with type 4 ("sync reply"), same layout as sync.
    if (type !== 0 && type !== 4) return 'other';
    const sub = decoding.readVarUint(d);
    return sub === 0 ? 'step1' : sub === 1 ? 'step2' : sub === 2 ? 'update' : 'other';
  } catch {
    return 'other';
  }
}

export const noPrefix = (): Uint8Array => EMPTY;
