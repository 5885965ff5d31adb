/**
 * The SQLite schema. Documents are a snapshot plus an append-only log of updates; the log is
 * folded into the snapshot when it grows and when a board unloads.
 */
export const DDL = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  view_id TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  lang TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  touched_at INTEGER NOT NULL,
  retention_days INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS docs (
  name TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  snapshot BLOB,
  snapshot_seq INTEGER NOT NULL DEFAULT 0,
  -- The document schema version the snapshot is at (0: not recorded).
  snapshot_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS docs_board ON docs(board_id);
CREATE TABLE IF NOT EXISTS updates (
  doc TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS history_board ON history(board_id, id);
CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, pad BLOB);
`;

/** `<boardId>` for the board, `<boardId>/p/<participantId>` for a participant's private document. */
export function boardIdOfDoc(name: string): string {
  const slash = name.indexOf('/');
  return slash === -1 ? name : name.slice(0, slash);
}

/** Brings a database written by an earlier version up to this schema (idempotent). */
export function upgradeSchema(db: { pragma(sql: string): unknown; exec(sql: string): unknown }): void {
  const probeColumns = db.pragma('table_info(probe)') as { name: string }[];
  if (!probeColumns.some((c) => c.name === 'pad')) db.exec('ALTER TABLE probe ADD COLUMN pad BLOB');
  const docColumns = db.pragma('table_info(docs)') as { name: string }[];
  if (!docColumns.some((c) => c.name === 'snapshot_version')) {
    db.exec('ALTER TABLE docs ADD COLUMN snapshot_version INTEGER NOT NULL DEFAULT 0');
  }
}
