/**
 * The live rooms: loads a document on first join, flushes every room's queued updates in one
 * storage transaction per tick before relaying them, compacts logs, and unloads idle rooms.
 */
import { CLOSE, migrateDoc, SCHEMA_VERSION, schemaVersionOf } from '@plg/shared';
import * as Y from 'yjs';
import { shortId } from '../http/baseUrl.js';
import type { StorageAdapter } from '../storage/StorageAdapter.js';
import type { Connection } from './Connection.js';
import { checkedSnapshot, compactionDue, QUIET_MS } from './compaction.js';
import { FlushPacer } from './FlushPacer.js';
import type { DocPolicy, PolicyContext } from './policy.js';
import { Room, type RoomHost } from './Room.js';
import { applyStored } from './RoomDoc.js';

export interface RoomManagerOptions {
  storage: StorageAdapter;
  idleMs: number;
  log: RoomHost['log'] & { error(obj: object, msg: string): void };
  /** Called when the store fails or recovers. */
  onStorageState?(writable: boolean): void;
}

export class RoomManager implements RoomHost {
  readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly dirty = new Set<Room>();
  private flushTimer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private readonly pacer = new FlushPacer();
  private flushing: Promise<void> | null = null;
  private writable = true;
  /** Rooms whose log waits for a quiet moment to be compacted. */
  private readonly quietCompactions = new Map<Room, NodeJS.Timeout>();
  private recoveryTimer: NodeJS.Timeout | null = null;
  readonly log: RoomManagerOptions['log'];
  private closed = false;

  constructor(
    private readonly options: RoomManagerOptions,
    /** The policy of boards' main documents (loaded on behalf of private rooms). */
    private readonly boardPolicy: DocPolicy,
  ) {
    this.log = options.log;
  }

  storageDown(): boolean {
    return !this.writable;
  }

  /** Called when a room has loaded (`created`: its document did not exist before). */
  readonly loadHooks: ((room: Room, created: boolean) => void | Promise<void>)[] = [];

  /** The board's session and accepted main document (private rooms keep their board loaded). */
  contextOf(room: Room): PolicyContext {
    const main = room.name === room.boardId ? room : this.rooms.get(room.boardId);
    if (!main) throw new Error(`board room ${room.boardId} not loaded`);
    return { session: main.session(), board: main.acceptedDoc };
  }

  /** Shutting down: no room opens any more (a join still on its way is told to go away). */
  get closing(): boolean {
    return this.closed;
  }

  /** The loaded room for a document, loading it if needed; null if the document does not exist. */
  async open(name: string, boardId: string, policy: DocPolicy, create = false): Promise<Room | null> {
    if (this.closed) throw new Error('shutting down');
    const live = this.rooms.get(name);
    if (live) return live;
    let pending = this.loading.get(name);
    if (!pending) {
      pending = this.load(name, boardId, policy, create);
      this.loading.set(name, pending);
      pending.finally(() => this.loading.delete(name)).catch(() => {});
    }
    try {
      return await pending;
    } catch (error) {
      if ((error as Error).message === 'not found') return null;
      throw error;
    }
  }

  private async load(name: string, boardId: string, policy: DocPolicy, create: boolean): Promise<Room> {
    // A private room judges against its board: load the board first and keep it while needed.
    const main = name === boardId ? null : await this.open(boardId, boardId, this.boardPolicy);
    if (name !== boardId && !main) throw new Error('not found');
    const existing = await this.options.storage.loadDoc(name);
    const stored = existing ?? (create ? { snapshot: null, updates: [], lastSeq: 0, snapshotVersion: 0 } : null);
    if (!stored) throw new Error('not found');
    const room = new Room(name, boardId, stored, policy, this);
    this.rooms.set(name, room);
    if (main) main.dependents++;
    if (name === boardId) {
      // Bring older documents up to the current schema, as a persisted server change. A
      // document at the current version has no pending step: no need to try it on a copy. A
      // snapshot alone, recorded at the current version, is known to be current without
      // building its document (a board that is only looked at never builds it).
      const current = stored.updates.length === 0 && stored.snapshot && stored.snapshotVersion === SCHEMA_VERSION;
      if (!current && schemaVersionOf(room.doc) !== SCHEMA_VERSION) {
        const probe = new Y.Doc();
        Y.applyUpdate(probe, Y.encodeStateAsUpdate(room.doc));
        const steps = migrateDoc(probe);
        probe.destroy();
        if (steps.length > 0) await room.serverChange((doc) => migrateDoc(doc));
      }
    }
    for (const hook of this.loadHooks) await hook(room, existing === null);
    return room;
  }

  /**
   * Applies a server-side change to a board's document (loading it if needed): persisted and
   * relayed like any update. Resolves once stored; rejects if the board does not exist.
   */
  async change(boardId: string, policy: DocPolicy, fn: (doc: Y.Doc) => void, name = boardId): Promise<void> {
    const room = await this.open(name, boardId, policy, name !== boardId);
    if (!room) throw new Error('not found');
    try {
      await room.serverChange(fn);
    } finally {
      if (room.connections.size === 0) this.scheduleUnload(room);
    }
  }

  /** A private copy of a document's current state (for exports); null if it does not exist. */
  async copyDoc(name: string): Promise<Y.Doc | null> {
    const doc = new Y.Doc();
    const live = this.rooms.get(name);
    if (live) {
      Y.applyUpdate(doc, live.state());
      return doc;
    }
    const stored = await this.options.storage.loadDoc(name);
    if (!stored) return null;
    applyStored(doc, stored);
    return doc;
  }

  attach(room: Room, conn: Connection): void {
    room.addConnection(conn);
  }

  detach(room: Room, conn: Connection): void {
    room.removeConnection(conn);
    if (room.connections.size === 0) this.scheduleUnload(room);
  }

  markDirty(room: Room): void {
    this.dirty.add(room);
    if (this.flushTimer || this.closed) return;
    const wait = this.pacer.delay();
    // A server with time to spare relays at once (next turn of the event loop); a busy one once per gap.
    this.flushTimer = wait <= 0 ? setImmediate(() => this.runFlush()) : setTimeout(() => this.runFlush(), wait);
  }

  private runFlush(): void {
    this.flushTimer = null;
    if (this.flushing) {
      // One flush at a time; try again when this one is done.
      this.flushing.then(() => this.dirty.size > 0 && this.markDirty([...this.dirty][0] as Room));
      return;
    }
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
    });
  }

  /** Persists every dirty room's queued updates in one transaction, then applies and relays them. */
  flush(): Promise<void> {
    return this.pacer.time(() => this.persistAndRelay());
  }

  private async persistAndRelay(): Promise<void> {
    const rooms = [...this.dirty];
    this.dirty.clear();
    const taken = rooms.map((room) => ({ room, ...room.takeQueued() }));
    const batch = taken.flatMap((t) => t.batch);
    if (batch.length > 0) {
      let seqs: number[];
      try {
        seqs = await this.options.storage.appendUpdates(batch);
      } catch (error) {
        this.storageFailed(error as Error);
        for (const t of taken) t.room.persistFailed(t.items, error as Error);
        for (const room of rooms) room.flushAwareness();
        return;
      }
      for (const room of rooms) room.cork();
      try {
        let i = 0;
        for (const t of taken) {
          i += t.items.length;
          if (t.items.length > 0) t.room.commit(t.items, seqs[i - 1] as number);
        }
        this.relayPresence(rooms);
      } finally {
        // Everything is on its way: now the documents take in what was relayed (a compaction
        // snapshots the document, so it comes after).
        for (const t of taken) {
          t.room.applyCommitted();
          if (t.items.length > 0) this.maybeCompact(t.room);
        }
      }
    } else {
      for (const room of rooms) room.cork();
      this.relayPresence(rooms);
    }
  }

  private relayPresence(rooms: readonly Room[]): void {
    for (const room of rooms) {
      room.flushAwareness();
      room.uncork();
    }
  }

  /** Persists and applies everything queued so far (waiting for a flush under way first). */
  async flushNow(): Promise<void> {
    if (this.flushing) await this.flushing;
    await this.flush();
  }

  private maybeCompact(room: Room): void {
    const due = compactionDue(room);
    if (due === 'now') void this.compact(room);
    else if (due === 'when-quiet' && !this.quietCompactions.has(room)) this.compactWhenQuiet(room, QUIET_MS);
  }

  private compactWhenQuiet(room: Room, waitMs: number): void {
    const timer = setTimeout(() => {
      this.quietCompactions.delete(room);
      if (this.rooms.get(room.name) !== room) return;
      const quietFor = Date.now() - room.lastActivity;
      if (quietFor < QUIET_MS) this.compactWhenQuiet(room, QUIET_MS - quietFor);
      else void this.compact(room);
    }, waitMs);
    timer.unref();
    this.quietCompactions.set(room, timer);
  }

  /** Writes the room's document as a snapshot and drops the log it replaces. */
  async compact(room: Room): Promise<void> {
    if (room.logCount === 0) return;
    const through = room.lastSeq;
    let snapshot: Uint8Array;
    try {
      // The room's cached full state when a join already encoded it (and the next join's after).
      snapshot = checkedSnapshot(room.state());
    } catch (error) {
      this.log.error(
        { room: shortId(room.boardId), err: (error as Error).message },
        'snapshot does not round-trip; keeping the log',
      );
      return;
    }
    try {
      // Only a board's main document carries a schema version (private documents: 0).
      const version = room.name === room.boardId ? schemaVersionOf(room.doc) : 0;
      await this.options.storage.compact(room.name, snapshot, through, version);
      room.logCount = 0;
      room.logBytes = 0;
      room.approxBytes = snapshot.length;
    } catch (error) {
      this.storageFailed(error as Error);
    }
  }

  private scheduleUnload(room: Room): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = setTimeout(() => void this.unload(room), this.options.idleMs);
    room.idleTimer.unref();
  }

  /** Compacts and forgets an idle room. */
  async unload(room: Room): Promise<void> {
    if (room.connections.size > 0 || room.dependents > 0 || this.rooms.get(room.name) !== room) return;
    if (room.hasQueued()) await this.flush();
    // The main room stays while private rooms of the board are loaded (they read its session).
    await this.compact(room);
    if (room.connections.size > 0 || room.dependents > 0) return;
    this.rooms.delete(room.name);
    room.destroy();
    if (room.name !== room.boardId) {
      const main = this.rooms.get(room.boardId);
      if (main) {
        main.dependents--;
        if (main.connections.size === 0 && main.dependents === 0) this.scheduleUnload(main);
      }
    }
  }

  /** Disconnects and forgets every room of a board (after deletion). */
  evictBoard(
    boardId: string,
    code: number = CLOSE.unknownBoard.code,
    reason: string = CLOSE.unknownBoard.reason,
  ): void {
    for (const [name, room] of this.rooms) {
      if (room.boardId !== boardId) continue;
      room.closeAll(code, reason);
      this.rooms.delete(name);
      room.destroy();
    }
  }

  private storageFailed(error: Error): void {
    this.log.error({ err: error.message }, 'storage write failed; refusing writes until it recovers');
    if (this.writable) {
      this.writable = false;
      this.options.onStorageState?.(false);
      for (const room of this.rooms.values())
        room.closeAll(CLOSE.storageUnavailable.code, CLOSE.storageUnavailable.reason);
    }
    this.recoveryTimer ??= setInterval(() => void this.probeRecovery(), 1000);
  }

  private async probeRecovery(): Promise<void> {
    if (!(await this.options.storage.probeWritable())) return;
    this.writable = true;
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
    this.recoveryTimer = null;
    this.log.info({}, 'storage writable again');
    this.options.onStorageState?.(true);
  }

  /** Whether the store accepts writes (the last write succeeded or a probe did). */
  isWritable(): boolean {
    return this.writable;
  }

  /** Flushes everything, compacts every room and closes all connections (SIGTERM). */
  async shutdown(): Promise<void> {
    this.closed = true;
    if (this.flushTimer) {
      clearTimeout(this.flushTimer as NodeJS.Timeout);
      clearImmediate(this.flushTimer as NodeJS.Immediate);
      this.flushTimer = null;
    }
    if (this.flushing) await this.flushing;
    await this.flush();
    for (const room of this.rooms.values()) {
      room.closeAll(CLOSE.goingAway.code, CLOSE.goingAway.reason);
      await this.compact(room);
      room.destroy();
    }
    this.rooms.clear();
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
  }
}
