/**
 * One message for many sockets, framed once: what a room relays each tick (a merged update, the
 * presence changes) and the full state every joining client gets.
 *
 * `ws` frames (and, with permessage-deflate, compresses) every send on its own: for a room of
 * C clients that is C frame headers and C compressions of the same bytes. A SharedFrame builds
 * the WebSocket frame once, and once more compressed for the clients that negotiated
 * permessage-deflate without context takeover (RFC 7692: each message then stands alone, so one
 * compressed frame is valid on every such connection). Awareness JSON shrinks 3–4× this way,
 * which is what bounds a big room: every client gets every other client's cursor.
 *
 * Compressing costs about 20 µs plus 9 ns a byte, once; what it saves is paid per recipient. In
 * a small room (a few hundred bytes to 30 people) it costs more than it saves and the bytes do
 * not matter; a message is compressed when it is worth it: big, or going to many.
 */
import { constants, deflateRawSync } from 'node:zlib';

/** Below this a message is sent as is: deflate's overhead would eat the gain. */
export const DEFLATE_MIN_BYTES = 256;
/** A message is compressed when its size times its recipients reaches this. */
export const DEFLATE_MIN_FANOUT_BYTES = 64 * 1024;
/** The window our one compression uses; a client that limits the server to less gets plain frames. */
export const DEFLATE_WINDOW_BITS = 15;
const OPCODE_BINARY = 0x2;
const FIN = 0x80;
const RSV1 = 0x40;
/** Z_SYNC_FLUSH ends the data with an empty stored block; RFC 7692 strips its last 4 bytes. */
const TAIL = 4;

export class SharedFrame {
  private plainFrame: Buffer | null = null;
  private deflatedFrame: Buffer | null | undefined;

  constructor(
    readonly payload: Uint8Array,
    /** How many connections it goes to (at most). */
    private readonly recipients = 1,
  ) {}

  /** The binary WebSocket frame of the payload as is (server frames are not masked). */
  plain(): Buffer {
    this.plainFrame ??= frame(this.payload, false);
    return this.plainFrame;
  }

  /** The frame with the payload compressed (RSV1 set), or null when compressing does not pay. */
  deflated(): Buffer | null {
    if (this.deflatedFrame !== undefined) return this.deflatedFrame;
    this.deflatedFrame = null;
    const n = this.payload.length;
    if (n >= DEFLATE_MIN_BYTES && n * this.recipients >= DEFLATE_MIN_FANOUT_BYTES) {
      const out = deflateRawSync(this.payload, {
        finishFlush: constants.Z_SYNC_FLUSH,
        windowBits: DEFLATE_WINDOW_BITS,
      });
      const body = out.subarray(0, out.length - TAIL);
      if (body.length < this.payload.length) this.deflatedFrame = frame(body, true);
    }
    return this.deflatedFrame;
  }
}

/** A final, unmasked binary frame: header (2, 4 or 10 bytes) and payload in one buffer. */
function frame(payload: Uint8Array, compressed: boolean): Buffer {
  const n = payload.length;
  const headerBytes = n < 126 ? 2 : n < 0x10000 ? 4 : 10;
  const out = Buffer.allocUnsafe(headerBytes + n);
  out[0] = FIN | (compressed ? RSV1 : 0) | OPCODE_BINARY;
  if (n < 126) out[1] = n;
  else if (n < 0x10000) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  out.set(payload, headerBytes);
  return out;
}
