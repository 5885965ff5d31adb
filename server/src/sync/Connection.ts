/**
 * One websocket connection to a room: its role and identity (decided once, at the upgrade),
 * the awareness client ids it owns, its rate limits, and safe send/close helpers.
 */
import { CLOSE, LIMITS, type Role } from '@plg/shared';
import type { WebSocket } from 'ws';
import { encodePermissionDenied } from './frames.js';
import { DEFLATE_WINDOW_BITS, type SharedFrame } from './sharedFrame.js';

/** Above this many buffered bytes a reader is too slow; it is closed and reconnects later. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

let nextConnectionId = 1;

export class Connection {
  readonly id = nextConnectionId++;
  /** Awareness client ids this connection announced; only it may update or remove them. */
  readonly clientIds = new Set<number>();
  private tokens: number = LIMITS.maxAwarenessPerSecond * 2;
  private lastRefill = Date.now();
  private awarenessDropped = 0;
  /** Updates in a row that built on content the server lacks (each answered with a sync step 1). */
  missingStrikes = 0;
  closed = false;
  /** The client takes frames compressed once for everyone (permessage-deflate, no context takeover). */
  readonly sharedDeflate: boolean;

  constructor(
    readonly socket: WebSocket,
    readonly role: Role,
    /** Public participant id (from the `as` secret); empty for clients that sent none. */
    readonly participantId: string,
    readonly ip: string,
  ) {
    this.sharedDeflate = takesSharedDeflate(socket);
  }

  /** Whether a frame may go out now; closes a connection whose reader has fallen too far behind. */
  private ready(): boolean {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return false;
    if (this.socket.bufferedAmount <= MAX_BUFFERED_BYTES) return true;
    this.close(1013, 'reader too slow');
    return false;
  }

  /** Sends one frame. */
  send(frame: Uint8Array): void {
    if (this.ready()) this.socket.send(frame, { binary: true });
  }

  /**
   * Sends a frame built once for many connections, written as is to the socket (compressed when
   * this client negotiated it). Falls back to `ws` framing while `ws` holds frames of its own
   * queued, so nothing overtakes them.
   */
  sendShared(frame: SharedFrame): void {
    if (!this.ready()) return;
    const raw = rawSocket(this.socket);
    if (!raw) {
      this.socket.send(frame.payload, { binary: true, compress: false });
      return;
    }
    raw.write((this.sharedDeflate && frame.deflated()) || frame.plain());
  }

  /** Sends several shared frames, in order, in one write. */
  sendSharedAll(frames: readonly SharedFrame[]): void {
    this.cork();
    for (const frame of frames) this.sendShared(frame);
    this.uncork();
  }

  /**
   * Holds this connection's outgoing frames until uncork(), so the frames of one flush (a
   * document update and a presence update) leave in one write. ws keeps its socket private;
   * without it, frames simply go out one by one.
   */
  cork(): void {
    (this.socket as unknown as WsInternals)._socket?.cork();
  }

  uncork(): void {
    (this.socket as unknown as WsInternals)._socket?.uncork();
  }

  /** Token bucket for awareness messages; false when this one must be dropped. */
  takeAwarenessToken(now = Date.now()): boolean {
    const rate = LIMITS.maxAwarenessPerSecond;
    this.tokens = Math.min(rate * 2, this.tokens + ((now - this.lastRefill) / 1000) * rate);
    this.lastRefill = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.awarenessDropped = 0;
      return true;
    }
    this.awarenessDropped++;
    // A client that keeps flooding far beyond the limit is cut off.
    if (this.awarenessDropped > rate * 10) this.close(CLOSE.rateLimited.code, CLOSE.rateLimited.reason);
    return false;
  }

  /** Tells the client why its change was refused (y-protocols auth), then closes with 4403. */
  deny(reason: string): void {
    this.send(encodePermissionDenied(reason));
    this.close(CLOSE.forbidden.code, `${CLOSE.forbidden.reason}: ${reason}`);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason.slice(0, 120));
    } catch {
      this.socket.terminate();
    }
  }
}

/** The parts of a `ws` WebSocket (8.x) this file relies on; absent parts mean "use ws.send". */
interface WsInternals {
  _socket?: { cork(): void; uncork(): void; write(data: Buffer): boolean };
  _sender?: { _state?: number; _queue?: unknown[] };
  _extensions?: Record<string, { params?: Record<string, unknown> | null } | undefined>;
}

/** The TCP socket, when `ws` has nothing of its own waiting to go out on it. */
function rawSocket(socket: WebSocket): { write(data: Buffer): boolean } | null {
  const ws = socket as unknown as WsInternals;
  const sender = ws._sender;
  if (!ws._socket || !sender || sender._state !== 0 || (sender._queue?.length ?? 1) !== 0) return null;
  return ws._socket;
}

/** Whether the handshake agreed on permessage-deflate in a form one shared compression fits. */
function takesSharedDeflate(socket: WebSocket): boolean {
  const params = (socket as unknown as WsInternals)._extensions?.['permessage-deflate']?.params;
  if (params?.server_no_context_takeover !== true) return false;
  const bits = params.server_max_window_bits;
  return bits === undefined || bits === true || (typeof bits === 'number' && bits >= DEFLATE_WINDOW_BITS);
}
