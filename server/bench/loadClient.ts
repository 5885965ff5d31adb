/**
 * A lightweight load client: one raw `ws` socket that speaks just enough y-websocket to be a
 * real participant (sync handshake, awareness with a valid presence state, moveNotes updates
 * made by Yjs itself) and otherwise only counts what it receives, without decoding it.
 * Times ride in the coordinates: x = whole ms since the epoch, y = the microseconds.
 */
import { moveNotes, newSecret, participantIdOf, presenceColor } from '@plg/shared';
import type * as Y from 'yjs';
import { RawSocket } from './rawSocket.js';
import type { ClientProtocol } from './targets/target.js';
import {
  awarenessFrame,
  classify,
  EMPTY_STATE_VECTOR,
  EMPTY_UPDATE,
  syncStep1,
  syncStep2,
  syncUpdate,
} from './wire.js';

/** Per-worker counters; only frames inside the measured window count. */
export interface Counters {
  counting: boolean;
  sentFrames: number;
  sentBytes: number;
  recvFrames: number;
  recvBytes: number;
  /** Sockets the server closed (or that failed) outside of our own leaving. */
  closes: number;
  /** Moves (document updates) sent with a send time inside [windowFrom, windowTo). */
  moves: number;
  windowFrom: number;
  windowTo: number;
}

export const newCounters = (): Counters => ({
  counting: false,
  sentFrames: 0,
  sentBytes: 0,
  recvFrames: 0,
  recvBytes: 0,
  closes: 0,
  moves: 0,
  windowFrom: Number.POSITIVE_INFINITY,
  windowTo: 0,
});

/** A room's local document, shared by the worker's clients in that room (each uses its own client id). */
export interface RoomDoc {
  doc: Y.Doc;
  captured: Uint8Array | null;
}

/** The probes' `ws` options: permessage-deflate offered, as by browsers and `ws` by default. */
export const WS_OPTIONS = { perMessageDeflate: true, skipUTF8Validation: true, maxPayload: 256 * 1024 * 1024 };

const randomId = () => 1 + Math.floor(Math.random() * 0x7ffffffe);
export const encodeTime = (t: number) => ({ x: Math.floor(t), y: Math.round((t - Math.floor(t)) * 1000) });

export class LoadClient {
  ws: RawSocket | null = null;
  synced = false;
  /** When connect() was called and when the full state arrived (ms since epoch). */
  connectAt = 0;
  openAt = 0;
  syncedAt = 0;
  dragging = false;
  lastMove: { x: number; y: number } | null = null;
  /** Moves sent inside the measured window. */
  windowMoves = 0;
  private awId = randomId();
  private clock = 0;
  private leaving = false;
  private readonly prefix: Uint8Array;
  private readonly secret = newSecret();
  private readonly user: { id: string; name: string; color: string };
  private onSynced: (() => void) | null = null;

  constructor(
    readonly room: string,
    readonly noteId: string | null,
    private readonly yjsId: number,
    private readonly roomDoc: RoomDoc | null,
    private readonly protocol: ClientProtocol,
    private readonly wsBase: string,
    private readonly counters: Counters,
    private readonly now: () => number,
  ) {
    this.prefix = protocol.prefix(room);
    const id = participantIdOf(this.secret);
    this.user = { id, name: `Leerling ${yjsId % 1000}`, color: presenceColor(id) };
  }

  /** Opens the socket and syncs; resolves once the server's full state (step 2) arrived. */
  connect(timeoutMs = 30_000): Promise<void> {
    this.connectAt = this.now();
    this.synced = false;
    const prefixed = this.prefix.length > 0;
    let closedBeforeSync: (code: number) => void = () => {};
    const ws = new RawSocket(
      this.protocol.url(this.wsBase, this.room, this.secret),
      {
        open: () => {
          this.openAt = this.now();
          for (const frame of this.protocol.hello(this.room)) this.send(frame);
          this.send(syncStep1(this.prefix, EMPTY_STATE_VECTOR));
          this.sendAwareness();
        },
        message: (bytes, data) => {
          if (this.counters.counting) {
            this.counters.recvFrames++;
            this.counters.recvBytes += bytes;
          }
          if (!data) return;
          const kind = classify(data, prefixed);
          // Answer the server's step 1 like a stock client with nothing new to offer.
          if (kind === 'step1' && !this.synced) this.send(syncStep2(this.prefix, EMPTY_UPDATE));
          else if (kind === 'step2') {
            if (!this.synced) this.syncedAt = this.now();
            this.synced = true;
            this.onSynced?.();
          }
        },
        close: (code) => {
          if (!this.leaving && this.ws === ws) this.counters.closes++;
          this.synced = false;
          closedBeforeSync(code);
        },
      },
      // Read messages only until synced (or while a resync waits for its answer).
      () => !this.synced || this.onSynced !== null,
    );
    this.ws = ws;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
      this.onSynced = () => {
        clearTimeout(timer);
        this.onSynced = null;
        resolve();
      };
      closedBeforeSync = (code) => {
        clearTimeout(timer);
        if (!this.synced) reject(new Error(`closed before sync (${code})`));
      };
    });
  }

  get open(): boolean {
    return this.ws?.open === true;
  }

  private send(frame: Uint8Array): void {
    if (!this.open) return;
    (this.ws as RawSocket).send(frame);
    if (this.counters.counting) {
      this.counters.sentFrames++;
      this.counters.sentBytes += frame.length;
    }
  }

  /** Sends `update` as a sync update (seeding a board on a server that keeps nothing on disk). */
  sendRaw(update: Uint8Array): void {
    this.send(syncUpdate(this.prefix, update));
  }

  /** Asks for the full state again; resolves when it arrives (so everything sent before is applied). */
  resync(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no resync answer')), timeoutMs);
      this.onSynced = () => {
        clearTimeout(timer);
        this.onSynced = null;
        resolve();
      };
      this.send(syncStep1(this.prefix, EMPTY_STATE_VECTOR));
    });
  }

  /** A presence update: cursor (carrying the send time) and the drag in progress, if any. */
  sendAwareness(): void {
    if (!this.open) return;
    const cursor = encodeTime(this.now());
    const drag = this.dragging && this.noteId ? { ids: [this.noteId], dx: cursor.x % 400, dy: cursor.y } : null;
    this.clock++;
    this.send(awarenessFrame(this.prefix, this.awId, this.clock, JSON.stringify({ user: this.user, cursor, drag })));
  }

  /** The drop: ONE moveNotes document update, made by Yjs under this client's own id. */
  sendMove(): void {
    if (!this.open || !this.noteId || !this.roomDoc) return;
    const sentAt = this.now();
    const pos = encodeTime(sentAt);
    const { doc } = this.roomDoc;
    doc.clientID = this.yjsId;
    this.roomDoc.captured = null;
    moveNotes(doc, [{ id: this.noteId, x: pos.x, y: pos.y }], null);
    const update = this.roomDoc.captured;
    if (!update) return;
    this.send(syncUpdate(this.prefix, update));
    // Counted by send time, exactly as the probes decide which moves they time.
    if (sentAt >= this.counters.windowFrom && sentAt < this.counters.windowTo) {
      this.counters.moves++;
      this.windowMoves++;
    }
    this.lastMove = pos;
  }

  /** Leaves and comes back as a new tab (new awareness id). */
  async rejoin(gapMs: number): Promise<void> {
    this.close();
    await new Promise((r) => setTimeout(r, gapMs));
    this.leaving = false;
    this.awId = randomId();
    this.clock = 0;
    await this.connect().catch(() => {});
  }

  close(): void {
    this.leaving = true;
    this.ws?.close(1000);
  }
}
