/**
 * One websocket connection to a room: its role and identity (decided once, at the upgrade),
 * the awareness client ids it owns, its rate limits, and safe send/close helpers.
 */
import { CLOSE, LIMITS, type Role } from '@plg/shared';
import type { WebSocket } from 'ws';
import { encodePermissionDenied } from './frames.js';

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

  constructor(
    readonly socket: WebSocket,
    readonly role: Role,
    /** Public participant id (from the `as` secret); empty for clients that sent none. */
    readonly participantId: string,
    readonly ip: string,
  ) {}

  /** Sends one frame; closes a connection whose reader has fallen too far behind. */
  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(1013, 'reader too slow');
      return;
    }
    this.socket.send(frame, { binary: true });
  }

  /**
   * Holds this connection's outgoing frames until uncork(), so the frames of one flush (a
   * document update and a presence update) leave in one write. ws keeps its socket private;
   * without it, frames simply go out one by one.
   */
  cork(): void {
    (this.socket as unknown as { _socket?: { cork(): void } })._socket?.cork();
  }

  uncork(): void {
    (this.socket as unknown as { _socket?: { uncork(): void } })._socket?.uncork();
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
