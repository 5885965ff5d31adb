/**
 * The load clients' WebSocket: just enough of RFC 6455 (and RFC 7692) to be a real client at
 * little cost. It offers permessage-deflate as Chromium does, so every server under test may
 * choose to compress, and when one agrees it compresses every message it sends, as Chromium
 * does (the server then pays for inflating them). It only reads (and inflates) a message when
 * asked to, during the sync handshake: otherwise it walks the frame headers and counts, so the
 * generator is not what a big room measures. It answers pings (y-websocket-server closes
 * clients that do not).
 *
 * Frames it sends are masked with an all-zero key (valid, and the payload needs no copying).
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface RawHandlers {
  open(): void;
  /** Every message; `payload` only when `wantPayload()` said so when it began. */
  message(bytes: number, payload: Uint8Array | null): void;
  close(code: number): void;
}

const OPCODE = { continuation: 0, binary: 2, close: 8, ping: 9, pong: 10 } as const;

export class RawSocket {
  open = false;
  private socket: Socket;
  private handshake: Buffer | null = Buffer.alloc(0);
  private pending: Buffer | null = null;
  private skip = 0;
  private collecting: { parts: Buffer[]; left: number; compressed: boolean; opcode: number; size: number } | null =
    null;
  private closed = false;
  /** Whether the server agreed to permessage-deflate. */
  deflate = false;

  constructor(
    url: string,
    private readonly handlers: RawHandlers,
    private readonly wantPayload: () => boolean,
  ) {
    const u = new URL(url);
    this.socket = connect({ host: u.hostname, port: Number(u.port), noDelay: true });
    const key = randomBytes(16).toString('base64');
    this.socket.on('connect', () => {
      this.socket.write(
        `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n` +
          'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n',
      );
    });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', () => this.finish(1006));
    this.socket.on('close', () => this.finish(1006));
  }

  send(payload: Uint8Array): void {
    if (!this.open) return;
    if (!this.deflate) {
      this.write(OPCODE.binary, payload);
      return;
    }
    const out = deflateRawSync(payload, { finishFlush: constants.Z_SYNC_FLUSH });
    this.write(OPCODE.binary, out.subarray(0, out.length - 4), true);
  }

  close(code = 1000): void {
    if (!this.open) {
      this.finish(code);
      return;
    }
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code);
    this.write(OPCODE.close, body);
    this.socket.end();
    this.finish(code);
  }

  private write(opcode: number, payload: Uint8Array, compressed = false): void {
    const n = payload.length;
    const len = n < 126 ? 2 : n < 0x10000 ? 4 : 10;
    const header = Buffer.alloc(len + 4); // + the (zero) mask key
    header[0] = 0x80 | (compressed ? 0x40 : 0) | opcode;
    if (n < 126) header[1] = 0x80 | n;
    else if (n < 0x10000) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(n, 2);
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(n), 2);
    }
    this.socket.cork();
    this.socket.write(header);
    this.socket.write(payload);
    this.socket.uncork();
  }

  private finish(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.open = false;
    this.socket.destroy();
    this.handlers.close(code);
  }

  private onData(chunk: Buffer): void {
    if (this.handshake) {
      const all = Buffer.concat([this.handshake, chunk]);
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) {
        this.handshake = all;
        return;
      }
      const head = all.subarray(0, end).toString('latin1');
      this.handshake = null;
      if (!head.startsWith('HTTP/1.1 101')) {
        this.finish(1002);
        return;
      }
      this.deflate = /^sec-websocket-extensions:.*permessage-deflate/im.test(head);
      this.open = true;
      this.handlers.open();
      chunk = all.subarray(end + 4);
      if (chunk.length === 0) return;
    }
    this.frames(chunk);
  }

  /** Walks the frames in `chunk` (and what was left of the previous one). */
  private frames(chunk: Buffer): void {
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    let at = 0;
    while (at < buf.length && !this.closed) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, buf.length - at);
        this.skip -= n;
        at += n;
        continue;
      }
      if (this.collecting) {
        const n = Math.min(this.collecting.left, buf.length - at);
        this.collecting.parts.push(buf.subarray(at, at + n));
        this.collecting.left -= n;
        at += n;
        if (this.collecting.left === 0) this.deliver();
        continue;
      }
      if (buf.length - at < 2) break;
      const b0 = buf[at] as number;
      const b1 = buf[at + 1] as number;
      const len7 = b1 & 0x7f;
      const headerLen = 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + (b1 & 0x80 ? 4 : 0);
      if (buf.length - at < headerLen) break;
      const size = len7 === 126 ? buf.readUInt16BE(at + 2) : len7 === 127 ? Number(buf.readBigUInt64BE(at + 2)) : len7;
      const opcode = b0 & 0x0f;
      at += headerLen;
      if (opcode >= OPCODE.close || this.wantPayload()) {
        this.collecting = { parts: [], left: size, compressed: (b0 & 0x40) !== 0, opcode, size };
        if (size === 0) this.deliver();
      } else {
        this.skip = size;
        this.handlers.message(size, null);
      }
    }
    if (at < buf.length && !this.closed) this.pending = Buffer.from(buf.subarray(at));
  }

  private deliver(): void {
    const c = this.collecting as NonNullable<RawSocket['collecting']>;
    this.collecting = null;
    let data = c.parts.length === 1 ? (c.parts[0] as Buffer) : Buffer.concat(c.parts);
    if (c.opcode === OPCODE.close) {
      this.finish(data.length >= 2 ? data.readUInt16BE(0) : 1005);
      return;
    }
    if (c.opcode === OPCODE.ping) this.write(OPCODE.pong, Buffer.from(data));
    if (c.opcode >= OPCODE.close) return;
    if (c.compressed) {
      data = inflateRawSync(Buffer.concat([data, Buffer.from([0, 0, 0xff, 0xff])]), {
        finishFlush: constants.Z_SYNC_FLUSH,
      });
    }
    this.handlers.message(c.size, new Uint8Array(data.buffer, data.byteOffset, data.length));
  }
}
