/**
 * Versions of a board: kept every few minutes of activity and before each reveal, import and
 * restore; listed, previewed and restored by the facilitator. A restore is an ordinary change
 * (it syncs and is kept in history itself), never a rewrite of what was stored.
 */
import { type BoardSnapshot, readBoard, restoreContent, SERVER_ORIGIN } from '@plg/shared';
import * as Y from 'yjs';
import type { HistoryEntry, StorageAdapter } from '../storage/StorageAdapter.js';
import { boardPolicy } from '../sync/policy.js';
import type { Room } from '../sync/Room.js';
import type { RoomManager } from '../sync/RoomManager.js';

/** Keep a version after this much time with changes (HISTORY_INTERVAL_MS overrides it). */
export const AUTO_INTERVAL_MS = 5 * 60_000;
/** Versions kept per board. */
export const KEEP_VERSIONS = 100;

/**
 * Why a version was kept: after a while of activity, before a reveal, an import or a restore,
 * or on request (admin tools and tests).
 */
export type HistoryReason = 'auto' | 'before-reveal' | 'before-import' | 'before-restore' | 'manual';

export class HistoryService {
  constructor(
    private readonly rooms: RoomManager,
    private readonly storage: StorageAdapter,
    private readonly now: () => number = Date.now,
    private readonly intervalMs = AUTO_INTERVAL_MS,
  ) {
    rooms.loadHooks.push((room) => this.watch(room));
  }

  /** Stores the board's current state as a version. */
  async keep(boardId: string, reason: HistoryReason): Promise<number | null> {
    await this.rooms.flushNow();
    const doc = await this.rooms.copyDoc(boardId);
    if (!doc) return null;
    const id = await this.storage.addHistory(boardId, reason, Y.encodeStateAsUpdate(doc), this.now());
    doc.destroy();
    // 0: the board was deleted meanwhile, and the store kept nothing.
    if (id === 0) return null;
    await this.storage.pruneHistory(boardId, KEEP_VERSIONS);
    return id;
  }

  list(boardId: string): Promise<HistoryEntry[]> {
    return this.storage.listHistory(boardId);
  }

  /** A version's content, for preview; null if there is no such version. */
  async preview(boardId: string, id: number): Promise<BoardSnapshot | null> {
    const doc = await this.load(boardId, id);
    if (!doc) return null;
    const snapshot = readBoard(doc);
    doc.destroy();
    return snapshot;
  }

  /** Restores a version's content (keeping the current state as a version first). */
  async restore(boardId: string, id: number): Promise<boolean> {
    const version = await this.load(boardId, id);
    if (!version) return false;
    await this.keep(boardId, 'before-restore');
    await this.rooms.change(boardId, boardPolicy, (doc) => restoreContent(doc, version, SERVER_ORIGIN));
    version.destroy();
    return true;
  }

  private async load(boardId: string, id: number): Promise<Y.Doc | null> {
    const state = await this.storage.getHistory(boardId, id);
    if (!state) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  }

  /** Keeps a version once every interval while a board's main document changes. */
  private watch(room: Room): void {
    if (room.name !== room.boardId) return;
    let last = this.now();
    let pending = false;
    room.onChange(() => {
      if (pending || this.now() - last < this.intervalMs) return;
      pending = true;
      last = this.now();
      this.keep(room.boardId, 'auto')
        .catch(() => {})
        .finally(() => {
          pending = false;
        });
    });
  }
}
