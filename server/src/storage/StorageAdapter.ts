/**
 * The persistence seam. SQLite is the embedded default; PostgreSQL and Redis implement the same
 * interface. Every method that writes resolves only once the data is durable (survives a
 * `kill -9` of the server), and the server awaits it before relaying anything.
 */

/** A board's record outside its document: keys, codes, timestamps. */
export interface BoardRecord {
  /** 22-character URL-safe id, 128 random bits; the participants' capability. */
  id: string;
  /** Separate id for the read-only link. */
  viewId: string;
  /** SHA-256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  /** Six-character join code; unique among live boards. */
  joinCode: string;
  title: string;
  templateId: string;
  lang: 'nl' | 'en';
  createdAt: number;
  /** Last time anything was written (for retention). */
  touchedAt: number;
  /** Extra days granted beyond the default retention. */
  retentionDays: number;
}

/** A stored document: its last snapshot and the updates appended after it, in order. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update (or of the snapshot when there are none). */
  lastSeq: number;
  /** The document schema version the snapshot is at, as recorded when it was written (0: not recorded). */
  snapshotVersion: number;
}

/** One update to append: document name and bytes. */
export interface PendingUpdate {
  doc: string;
  update: Uint8Array;
}

/** A kept version of a board, for history and restore. */
export interface HistoryEntry {
  id: number;
  boardId: string;
  createdAt: number;
  reason: string;
  bytes: number;
}

export interface StorageAdapter {
  /** Creates a board and its initial document state (at `schemaVersion`) in one transaction. */
  createBoard(record: BoardRecord, initialState: Uint8Array, schemaVersion: number): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  getBoardByViewId(viewId: string): Promise<BoardRecord | null>;
  getBoardByJoinCode(code: string): Promise<BoardRecord | null>;
  listBoards(): Promise<BoardRecord[]>;
  /** Updates the mutable fields of a board record. */
  updateBoard(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'touchedAt' | 'retentionDays'>>): Promise<void>;
  /**
   * Deletes a board for good: record, documents (private ones too), updates, history. Later
   * writes for it (a late flush, compaction or version) store nothing.
   */
  deleteBoard(id: string): Promise<void>;

  /** Loads a document by name (`<boardId>` or `<boardId>/p/<participantId>`); null if never written. */
  loadDoc(name: string): Promise<StoredDoc | null>;
  /** Names of the documents that belong to a board. */
  listDocs(boardId: string): Promise<string[]>;
  /** Appends updates (possibly to several documents) in one durable transaction; returns their seqs. */
  appendUpdates(batch: readonly PendingUpdate[]): Promise<number[]>;
  /** Replaces updates up to `throughSeq` by `snapshot` (a document at `schemaVersion`). */
  compact(name: string, snapshot: Uint8Array, throughSeq: number, schemaVersion: number): Promise<void>;

  /** Stores a version; returns its id, or 0 (storing nothing) if the board does not exist. */
  addHistory(boardId: string, reason: string, state: Uint8Array, at: number): Promise<number>;
  listHistory(boardId: string): Promise<HistoryEntry[]>;
  getHistory(boardId: string, id: number): Promise<Uint8Array | null>;
  /** Keeps only the newest `keep` entries of a board. */
  pruneHistory(boardId: string, keep: number): Promise<void>;

  /** Checks that the store can write now (used by /healthz and to recover after disk trouble). */
  probeWritable(): Promise<boolean>;
  close(): Promise<void>;
}
