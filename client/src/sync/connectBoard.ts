/**
 * One board connection behind one disposable handle: Y.Doc + WebsocketProvider (y-websocket)
 * + IndexedDB copy for offline work. Reacts to the server's close codes; on a refused change
 * (4403, 4413) it throws the local copy away (provider, IndexedDB data and doc), starts fresh and
 * resyncs from the server, reporting the reason from the preceding "permission denied" message.
 */
import { CLOSE, DENIED, MESSAGE } from '@plg/shared';
import type * as decoding from 'lib0/decoding';
import type * as encoding from 'lib0/encoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readAuthMessage } from 'y-protocols/auth';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { closeAction } from './closeHandling';
import { type ConnectionInfo, deriveConnection, type RawConnectionState } from './connectionStatus';
import { browserOnline, type OnlineSource } from './onlineSource';
import { sendOwnPresenceOnly } from './sendOwnPresenceOnly';

export interface ConnectOptions {
  /** Room: the board id (participants, facilitator) or the view id (viewer). */
  room: string;
  /** IndexedDB database for the offline copy (`plg-board:<id>`), or null for none. */
  persistenceName: string | null;
  /** Query parameters: `as` (participant secret), `key` (facilitator key). */
  params: Record<string, string>;
  wsBase?: string;
  WebSocketPolyfill?: typeof WebSocket;
  online?: OnlineSource;
  /** Pause before reconnecting after a rate-limit close. */
  retryLaterMs?: number;
}

export interface BoardConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  persistence: IndexeddbPersistence | null;
  /** Bumped each time the local copy is thrown away and rebuilt. */
  readonly generation: number;
}

export type FatalKind = 'notFound' | 'badKey' | 'fatal';

export type BoardEvent =
  | { type: 'reset'; reason: string; code: number }
  | { type: 'fatal'; kind: FatalKind; code: number; reason: string }
  | { type: 'notice'; kind: 'tooBig' | 'malformed' | 'rateLimited' };

export interface SessionSnapshot {
  connection: BoardConnection;
  info: ConnectionInfo;
  fatal: { kind: FatalKind; code: number; reason: string } | null;
}

/** After this many too-big/malformed closes without a sync in between, drop the local change. */
const MAX_BAD_CLOSES = 3;

export function defaultWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

export class BoardSession {
  private conn: BoardConnection;
  private raw: RawConnectionState;
  private snapshot: SessionSnapshot;
  private lastDenied: string | null = null;
  private badCloses = 0;
  private destroyed = false;
  private readonly events = new Set<(e: BoardEvent) => void>();
  private readonly changes = new Set<() => void>();
  private readonly online: OnlineSource;
  private readonly unsubscribeOnline: () => void;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: ConnectOptions) {
    this.online = opts.online ?? browserOnline;
    this.raw = {
      online: this.online.isOnline(),
      ws: 'disconnected',
      synced: false,
      storageProblem: false,
      localPersistence: opts.persistenceName !== null,
    };
    this.conn = this.create(0, true);
    this.snapshot = { connection: this.conn, info: deriveConnection(this.raw), fatal: null };
    this.unsubscribeOnline = this.online.subscribe((online) => this.setOnline(online));
  }

  /** The current doc, provider and awareness (replaced after a reset). */
  get current(): BoardConnection {
    return this.conn;
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** For useSyncExternalStore: called when the snapshot changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.changes.add(listener);
    return () => this.changes.delete(listener);
  };

  /** Resets, fatal closes and notices, for toasts and error pages. */
  onEvent(listener: (e: BoardEvent) => void): () => void {
    this.events.add(listener);
    return () => this.events.delete(listener);
  }

  /** Closes everything; the IndexedDB copy is kept. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unsubscribeOnline();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.events.clear();
    this.changes.clear();
    await this.dispose(this.conn, false);
  }

  private create(generation: number, withPersistence: boolean): BoardConnection {
    const doc = new Y.Doc();
    const persistence =
      withPersistence && this.opts.persistenceName ? new IndexeddbPersistence(this.opts.persistenceName, doc) : null;
    const provider = new WebsocketProvider(this.opts.wsBase ?? defaultWsBase(), this.opts.room, doc, {
      connect: false,
      params: this.opts.params,
      // The server is the only path between tabs, so a refused change cannot spread locally.
      disableBc: true,
      ...(this.opts.WebSocketPolyfill ? { WebSocketPolyfill: this.opts.WebSocketPolyfill } : {}),
    });
    sendOwnPresenceOnly(provider);
    const conn: BoardConnection = { doc, provider, awareness: provider.awareness, persistence, generation };
    // Replace y-websocket's auth handler: it logs the socket URL, which holds the facilitator key.
    provider.messageHandlers[MESSAGE.auth] = (_encoder: encoding.Encoder, decoder: decoding.Decoder) => {
      readAuthMessage(decoder, doc, (_doc, reason) => {
        if (conn === this.conn) this.lastDenied = reason;
      });
    };
    provider.on('status', ({ status }) => {
      if (conn !== this.conn) return;
      this.raw.ws = status;
      this.publish();
    });
    provider.on('sync', (synced: boolean) => {
      if (conn !== this.conn) return;
      this.raw.synced = synced;
      if (synced) {
        this.badCloses = 0;
        this.raw.storageProblem = false;
      }
      this.publish();
    });
    provider.on('connection-close', (event) => {
      if (conn === this.conn && event) this.onServerClose(event.code, event.reason);
    });
    if (this.raw.online) provider.connect();
    return conn;
  }

  private onServerClose(code: number, reason: string): void {
    const action = closeAction(code);
    switch (action) {
      case 'notFound':
      case 'badKey':
      case 'fatal':
        this.snapshot = { ...this.snapshot, fatal: { kind: action, code, reason } };
        this.emit({ type: 'fatal', kind: action, code, reason });
        this.publish();
        break;
      case 'reset': {
        const why = code === CLOSE.documentFull.code ? DENIED.limit : (this.lastDenied ?? 'unknown');
        this.lastDenied = null;
        void this.reset(why, code);
        break;
      }
      case 'retryLater':
        this.emit({ type: 'notice', kind: 'rateLimited' });
        this.retryTimer = setTimeout(() => {
          if (!this.destroyed && this.raw.online) this.conn.provider.connect();
        }, this.opts.retryLaterMs ?? 10_000);
        break;
      case 'storage':
        this.raw.storageProblem = true;
        this.publish();
        break;
      case 'tooBig':
      case 'malformed':
        // y-websocket reconnects; the same oversized change would be resent each time.
        if (++this.badCloses >= MAX_BAD_CLOSES) void this.reset('too-big', code);
        else this.emit({ type: 'notice', kind: action });
        break;
      case 'transient':
        break;
    }
  }

  /** Throws the local copy away and resyncs from the server. */
  private async reset(reason: string, code: number): Promise<void> {
    if (this.destroyed) return;
    const old = this.conn;
    this.badCloses = 0;
    this.raw = { ...this.raw, ws: 'disconnected', synced: false };
    // The fresh doc starts syncing at once; its IndexedDB copy opens after the old one is deleted
    // (IndexedDB runs the delete and the open in order).
    this.conn = this.create(old.generation + 1, false);
    this.snapshot = { ...this.snapshot, connection: this.conn };
    this.publish();
    this.emit({ type: 'reset', reason, code });
    await this.dispose(old, true);
    if (!this.destroyed && this.opts.persistenceName && this.conn.generation === old.generation + 1) {
      this.conn.persistence = new IndexeddbPersistence(this.opts.persistenceName, this.conn.doc);
    }
  }

  private async dispose(conn: BoardConnection, clearLocal: boolean): Promise<void> {
    conn.awareness.setLocalState(null);
    conn.provider.destroy();
    conn.awareness.destroy();
    const persistence = conn.persistence;
    conn.persistence = null;
    if (persistence) await (clearLocal ? persistence.clearData() : persistence.destroy());
    conn.doc.destroy();
  }

  private setOnline(online: boolean): void {
    if (this.destroyed || online === this.raw.online) return;
    this.raw.online = online;
    // A socket that was open when the network went may hang until a timeout: close it now and
    // reconnect (with a full resync) when the network is back.
    if (!online) this.conn.provider.disconnect();
    else if (!this.snapshot.fatal) this.conn.provider.connect();
    this.publish();
  }

  private publish(): void {
    this.snapshot = { ...this.snapshot, connection: this.conn, info: deriveConnection(this.raw) };
    for (const listener of this.changes) listener();
  }

  private emit(event: BoardEvent): void {
    for (const listener of this.events) listener(event);
  }
}

/** Opens a board: doc, provider and offline copy. Call `destroy()` when leaving. */
export function connectBoard(opts: ConnectOptions): BoardSession {
  return new BoardSession(opts);
}
