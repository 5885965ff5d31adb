/**
 * Retention: a board untouched for the configured number of days (plus any extension the
 * facilitator granted) is deleted for good. Activity on a board pushes its date forward.
 */
import type { BoardService } from '../boards/BoardService.js';
import type { StorageAdapter } from '../storage/StorageAdapter.js';
import type { Room } from '../sync/Room.js';
import type { RoomManager } from '../sync/RoomManager.js';

/** Record activity at most this often per board. */
const TOUCH_EVERY_MS = 60_000;
const SWEEP_EVERY_MS = 60 * 60_000;
/** Longest extension at once, in days. */
export const MAX_EXTENSION_DAYS = 365;

export class RetentionService {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly rooms: RoomManager,
    private readonly storage: StorageAdapter,
    private readonly boards: BoardService,
    private readonly log: { info(obj: object, msg: string): void },
    private readonly now: () => number = Date.now,
  ) {
    rooms.loadHooks.push((room) => this.watch(room));
  }

  /** Sweeps now and then every hour. */
  start(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Deletes every board past its date; returns their ids. */
  async sweep(): Promise<string[]> {
    const now = this.now();
    const expired = (await this.storage.listBoards()).filter((b) => this.boards.expiresAt(b) <= now);
    for (const board of expired) await this.deleteBoard(board.id);
    if (expired.length > 0) this.log.info({ count: expired.length }, 'deleted boards past their retention date');
    return expired.map((b) => b.id);
  }

  /** Deletes a board for good: live connections closed, document, history and record gone. */
  async deleteBoard(id: string): Promise<void> {
    this.rooms.evictBoard(id);
    await this.storage.deleteBoard(id);
  }

  /** Grants `days` more days (at most MAX_EXTENSION_DAYS at once); returns the new expiry. */
  async extend(id: string, days: number): Promise<number | null> {
    const record = await this.storage.getBoard(id);
    if (!record) return null;
    const extra = Math.max(1, Math.min(MAX_EXTENSION_DAYS, Math.floor(days)));
    await this.storage.updateBoard(id, { retentionDays: record.retentionDays + extra });
    return this.boards.expiresAt({ ...record, retentionDays: record.retentionDays + extra });
  }

  private watch(room: Room): void {
    let last = 0;
    room.onChange(() => {
      const now = this.now();
      if (now - last < TOUCH_EVERY_MS) return;
      last = now;
      this.storage.updateBoard(room.boardId, { touchedAt: now }).catch(() => {});
    });
  }
}
