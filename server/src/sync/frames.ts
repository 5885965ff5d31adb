/**
 * Bytes in and out of the y-websocket protocol, in one place.
 *
 * Frame:      [varUint messageType][payload]
 * sync:       [varUint 0][varUint syncType][varUint8Array data]   syncType 0 = step 1 (state vector),
 *                                                                 1 = step 2 (update), 2 = update
 * awareness:  [varUint 1][varUint8Array awarenessUpdate]
 * auth:       [varUint 2][varUint 0 = permission denied][varString reason]
 * query:      [varUint 3]
 */
import { MESSAGE, SYNC } from '@plg/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Frame =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth' };

export class MalformedFrameError extends Error {}

/** Decodes one frame; throws MalformedFrameError for anything that is not exactly one valid frame. */
export function decodeFrame(data: Uint8Array): Frame {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let frame: Frame;
    switch (type) {
      case MESSAGE.sync: {
        const sub = decoding.readVarUint(decoder);
        const payload = readBytes(decoder);
        if (sub === SYNC.step1) frame = { type: 'sync-step1', stateVector: payload };
        else if (sub === SYNC.step2) frame = { type: 'sync-step2', update: payload };
        else if (sub === SYNC.update) frame = { type: 'sync-update', update: payload };
        else throw new MalformedFrameError(`unknown sync message ${sub}`);
        break;
      }
      case MESSAGE.awareness:
        frame = { type: 'awareness', update: readBytes(decoder) };
        break;
      case MESSAGE.queryAwareness:
        frame = { type: 'query-awareness' };
        break;
      case MESSAGE.auth:
        // Clients have nothing to say on the auth channel; read and ignore it.
        frame = { type: 'auth' };
        return frame;
      default:
        throw new MalformedFrameError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedFrameError('trailing bytes after message');
    return frame;
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError((error as Error).message);
  }
}

/** Reads a length-prefixed byte array, refusing lengths beyond the buffer before allocating. */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const len = decoding.readVarUint(decoder);
  if (len > decoder.arr.length - decoder.pos) throw new MalformedFrameError('length prefix beyond message');
  return decoding.readUint8Array(decoder, len);
}

function frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
  frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });

export const encodeSyncStep2 = (update: Uint8Array) =>
  frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC.step2);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeSyncUpdate = (update: Uint8Array) =>
  frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC.update);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeAwareness = (update: Uint8Array) =>
  frame(MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, update));

/** y-protocols' "permission denied" auth message; a stock client logs the reason. */
export const encodePermissionDenied = (reason: string) =>
  frame(MESSAGE.auth, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
