/**
 * The embedded store: one SQLite file (better-sqlite3, WAL). Writes are synchronous inside
 * a transaction, so a resolved append is in the WAL before anything is relayed; with
 * `synchronous = NORMAL` that survives a killed process (a power cut may lose the last
 * transactions; set PLG_SQLITE_SYNC=FULL to trade speed for that too).
 *
 * Deleted means gone from the file: `secure_delete` overwrites every deleted row and freed page
 * with zeros, a board's deletion truncates the write-ahead log, and nothing is written for a
 * board once its record is gone (a late flush, compaction or version of a deleted board is dropped).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BoardRecord, HistoryEntry, PendingUpdate, StorageAdapter, StoredDoc } from '../StorageAdapter.js';
import { boardIdOfDoc, DDL, upgradeSchema } from './ddl.js';
import { WalCheckpointer } from './WalCheckpointer.js';

interface BoardRow {
  id: string;
  view_id: string;
  facilitator_key_hash: string;
  join_code: string;
  title: string;
  template_id: string;
  lang: 'nl' | 'en';
  created_at: number;
  touched_at: number;
  retention_days: number;
}

const toRecord = (r: BoardRow): BoardRecord => ({
  id: r.id,
  viewId: r.view_id,
  facilitatorKeyHash: r.facilitator_key_hash,
  joinCode: r.join_code,
  title: r.title,
  templateId: r.template_id,
  lang: r.lang,
  createdAt: r.created_at,
  touchedAt: r.touched_at,
  retentionDays: r.retention_days,
});

const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export class SqliteStorage implements StorageAdapter {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly lastSeq = new Map<string, number>();
  private readonly stmt;
  private readonly checkpointer: WalCheckpointer | null;

  /**
   * @param maxBytes an optional quota for the database file (0 = none): past it, writes fail
   *   like on a full disk (SQLite's max_page_count).
   */
  constructor(dataDir: string, options: { fileName?: string; maxBytes?: number } = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, options.fileName ?? 'plg-board.sqlite');
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${process.env.PLG_SQLITE_SYNC === 'FULL' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Zeros over deleted content (rows, freed pages, overflow pages), so deleted text is not left in the file.
    this.db.pragma('secure_delete = ON');
    this.db.exec(DDL);
    upgradeSchema(this.db);
    if (options.maxBytes) {
      const pageSize = Number(this.db.pragma('page_size', { simple: true }));
      this.db.pragma(`max_page_count = ${Math.max(16, Math.floor(options.maxBytes / pageSize))}`);
    }
    // Checkpoints (fsync of the database file) run in a worker thread, not inside our commits.
    this.checkpointer = WalCheckpointer.start(this.file, () => {
      if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
    });
    if (this.checkpointer) this.db.pragma('wal_autocheckpoint = 0');
    const db = this.db;
    this.stmt = {
      insertBoard: db.prepare(
        `INSERT INTO boards (id, view_id, facilitator_key_hash, join_code, title, template_id, lang, created_at, touched_at, retention_days)
         VALUES (@id, @viewId, @facilitatorKeyHash, @joinCode, @title, @templateId, @lang, @createdAt, @touchedAt, @retentionDays)`,
      ),
      boardById: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      boardByView: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE view_id = ?'),
      boardByCode: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE join_code = ?'),
      allBoards: db.prepare<[], BoardRow>('SELECT * FROM boards ORDER BY created_at'),
      insertDoc: db.prepare(
        'INSERT INTO docs (name, board_id, snapshot, snapshot_seq, snapshot_version) VALUES (?, ?, ?, 0, ?)',
      ),
      // Only for a board that exists: a deleted board's documents are never created again.
      ensureDoc: db.prepare(
        'INSERT OR IGNORE INTO docs (name, board_id, snapshot, snapshot_seq) SELECT ?, id, NULL, 0 FROM boards WHERE id = ?',
      ),
      docByName: db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number; snapshot_version: number }>(
        'SELECT snapshot, snapshot_seq, snapshot_version FROM docs WHERE name = ?',
      ),
      docNames: db.prepare<[string], { name: string }>('SELECT name FROM docs WHERE board_id = ? ORDER BY name'),
      updatesOf: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE doc = ? AND seq > ? ORDER BY seq',
      ),
      maxSeq: db.prepare<[string], { m: number | null }>('SELECT MAX(seq) AS m FROM updates WHERE doc = ?'),
      insertUpdate: db.prepare('INSERT INTO updates (doc, seq, data) VALUES (?, ?, ?)'),
      setSnapshot: db.prepare('UPDATE docs SET snapshot = ?, snapshot_seq = ?, snapshot_version = ? WHERE name = ?'),
      deleteUpdatesThrough: db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?'),
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
      deleteDocs: db.prepare('DELETE FROM docs WHERE board_id = ?'),
      deleteUpdatesOfDoc: db.prepare('DELETE FROM updates WHERE doc = ?'),
      deleteHistory: db.prepare('DELETE FROM history WHERE board_id = ?'),
      insertHistory: db.prepare(
        'INSERT INTO history (board_id, created_at, reason, state) SELECT id, ?, ?, ? FROM boards WHERE id = ?',
      ),
      listHistory: db.prepare<[string], { id: number; created_at: number; reason: string; bytes: number }>(
        'SELECT id, created_at, reason, length(state) AS bytes FROM history WHERE board_id = ? ORDER BY id DESC',
      ),
      getHistory: db.prepare<[string, number], { state: Buffer }>(
        'SELECT state FROM history WHERE board_id = ? AND id = ?',
      ),
      pruneHistory: db.prepare(
        'DELETE FROM history WHERE board_id = ? AND id NOT IN (SELECT id FROM history WHERE board_id = ? ORDER BY id DESC LIMIT ?)',
      ),
      probeInsert: db.prepare('INSERT OR REPLACE INTO probe (id, at, pad) VALUES (1, ?, zeroblob(16384))'),
      probeShrink: db.prepare('UPDATE probe SET pad = NULL WHERE id = 1'),
    };
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array, schemaVersion: number): Promise<void> {
    this.db.transaction(() => {
      this.stmt.insertBoard.run(record);
      this.stmt.insertDoc.run(record.id, record.id, initialState, schemaVersion);
    })();
    this.lastSeq.set(record.id, 0);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.stmt.boardById.get(id);
    return row ? toRecord(row) : null;
  }

  async getBoardByViewId(viewId: string): Promise<BoardRecord | null> {
    const row = this.stmt.boardByView.get(viewId);
    return row ? toRecord(row) : null;
  }

  async getBoardByJoinCode(code: string): Promise<BoardRecord | null> {
    const row = this.stmt.boardByCode.get(code);
    return row ? toRecord(row) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    return this.stmt.allBoards.all().map(toRecord);
  }

  async updateBoard(
    id: string,
    patch: Partial<Pick<BoardRecord, 'title' | 'touchedAt' | 'retentionDays'>>,
  ): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [];
    if (patch.title !== undefined) sets.push('title = ?') && values.push(patch.title);
    if (patch.touchedAt !== undefined) sets.push('touched_at = ?') && values.push(patch.touchedAt);
    if (patch.retentionDays !== undefined) sets.push('retention_days = ?') && values.push(patch.retentionDays);
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE boards SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }

  async deleteBoard(id: string): Promise<void> {
    const names = this.stmt.docNames.all(id).map((r) => r.name);
    this.db.transaction(() => {
      for (const name of names) this.stmt.deleteUpdatesOfDoc.run(name);
      this.stmt.deleteDocs.run(id);
      this.stmt.deleteHistory.run(id);
      this.stmt.deleteBoard.run(id);
    })();
    for (const name of names) this.lastSeq.delete(name);
    // The zeroed pages go into the database file and the log that held the old ones is emptied.
    this.truncateWal();
  }

  /** Checkpoints and truncates the write-ahead log; retried shortly if a reader holds it back. */
  private truncateWal(attempt = 0): void {
    if (!this.db.open) return;
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (!result?.busy || attempt >= 10) return;
    setTimeout(() => this.truncateWal(attempt + 1), 1000).unref();
  }

  async loadDoc(name: string): Promise<StoredDoc | null> {
    const doc = this.stmt.docByName.get(name);
    if (!doc) return null;
    const rows = this.stmt.updatesOf.all(name, doc.snapshot_seq);
    const lastSeq = rows.length > 0 ? (rows[rows.length - 1] as { seq: number }).seq : doc.snapshot_seq;
    this.lastSeq.set(name, lastSeq);
    return {
      snapshot: doc.snapshot ? bytes(doc.snapshot) : null,
      updates: rows.map((r) => bytes(r.data)),
      lastSeq,
      snapshotVersion: doc.snapshot_version,
    };
  }

  async listDocs(boardId: string): Promise<string[]> {
    return this.stmt.docNames.all(boardId).map((r) => r.name);
  }

  async appendUpdates(batch: readonly PendingUpdate[]): Promise<number[]> {
    const seqs: number[] = [];
    const next = new Map<string, number>();
    // Documents of boards deleted meanwhile: their updates are dropped, not stored.
    const gone = new Set<string>();
    this.db.transaction(() => {
      for (const { doc, update } of batch) {
        let seq = next.get(doc) ?? this.lastSeq.get(doc);
        if (seq === undefined) {
          this.stmt.ensureDoc.run(doc, boardIdOfDoc(doc));
          const row = this.stmt.docByName.get(doc);
          if (!row) gone.add(doc);
          seq = Math.max(this.stmt.maxSeq.get(doc)?.m ?? 0, row?.snapshot_seq ?? 0);
        }
        seq += 1;
        if (!gone.has(doc)) this.stmt.insertUpdate.run(doc, seq, update);
        next.set(doc, seq);
        seqs.push(seq);
      }
    })();
    // Only after the commit: a failed transaction leaves the counters as they were.
    for (const [doc, seq] of next) if (!gone.has(doc)) this.lastSeq.set(doc, seq);
    return seqs;
  }

  async compact(name: string, snapshot: Uint8Array, throughSeq: number, schemaVersion: number): Promise<void> {
    this.db.transaction(() => {
      this.stmt.ensureDoc.run(name, boardIdOfDoc(name));
      this.stmt.setSnapshot.run(snapshot, throughSeq, schemaVersion, name);
      this.stmt.deleteUpdatesThrough.run(name, throughSeq);
    })();
  }

  /** Returns the version's id, or 0 if the board no longer exists (nothing is stored then). */
  async addHistory(boardId: string, reason: string, state: Uint8Array, at: number): Promise<number> {
    const info = this.stmt.insertHistory.run(at, reason, state, boardId);
    return info.changes > 0 ? Number(info.lastInsertRowid) : 0;
  }

  async listHistory(boardId: string): Promise<HistoryEntry[]> {
    return this.stmt.listHistory
      .all(boardId)
      .map((r) => ({ id: r.id, boardId, createdAt: r.created_at, reason: r.reason, bytes: r.bytes }));
  }

  async getHistory(boardId: string, id: number): Promise<Uint8Array | null> {
    const row = this.stmt.getHistory.get(boardId, id);
    return row ? bytes(row.state) : null;
  }

  async pruneHistory(boardId: string, keep: number): Promise<void> {
    this.stmt.pruneHistory.run(boardId, boardId, keep);
  }

  /** Writes (and then frees) a few pages for real, so a full or read-only disk shows up. */
  async probeWritable(): Promise<boolean> {
    try {
      this.stmt.probeInsert.run(Date.now());
      this.stmt.probeShrink.run();
      return true;
    } catch {
      return false;
    }
  }

  /** SQLite's own consistency check (`ok` when healthy). */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }
}
