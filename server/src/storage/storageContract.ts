/**
 * The behaviour every StorageAdapter must have, as one vitest suite run against each
 * implementation (SQLite now; PostgreSQL and Redis run the same suite).
 */
import { describe, expect, it } from 'vitest';
import type { BoardRecord, StorageAdapter } from './StorageAdapter.js';

let n = 0;
export function boardRecord(patch: Partial<BoardRecord> = {}): BoardRecord {
  n++;
  const id = `board${String(n).padStart(17, '0')}`;
  return {
    id,
    viewId: `view${id.slice(4)}`,
    facilitatorKeyHash: 'ab'.repeat(32),
    joinCode: `C${String(n).padStart(5, '0')}`,
    title: 'Studiedag',
    templateId: 'plg',
    lang: 'nl',
    createdAt: 1000,
    touchedAt: 1000,
    retentionDays: 0,
    ...patch,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

export function storageContract(name: string, make: () => Promise<StorageAdapter>): void {
  describe(`StorageAdapter contract: ${name}`, () => {
    it('creates boards and finds them by id, viewer id and join code', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(1, 2, 3), 1);
      expect(await s.getBoard(record.id)).toEqual(record);
      expect(await s.getBoardByViewId(record.viewId)).toEqual(record);
      expect(await s.getBoardByJoinCode(record.joinCode)).toEqual(record);
      expect(await s.getBoard('missing')).toBeNull();
      expect((await s.listBoards()).map((b) => b.id)).toContain(record.id);
      await s.updateBoard(record.id, { title: 'Nieuw', touchedAt: 2000, retentionDays: 30 });
      expect(await s.getBoard(record.id)).toMatchObject({ title: 'Nieuw', touchedAt: 2000, retentionDays: 30 });
      await s.close();
    });

    it('refuses a second board with the same join code', async () => {
      const s = await make();
      const a = boardRecord();
      await s.createBoard(a, bytes(1), 1);
      await expect(s.createBoard(boardRecord({ joinCode: a.joinCode }), bytes(1), 1)).rejects.toThrow();
      await s.close();
    });

    it('loads the initial state, then appended updates in order, across documents in one batch', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(9), 1);
      const priv = `${record.id}/p/participant01`;
      const seqs = await s.appendUpdates([
        { doc: record.id, update: bytes(1) },
        { doc: priv, update: bytes(7) },
        { doc: record.id, update: bytes(2) },
      ]);
      expect(seqs).toEqual([1, 1, 2]);
      expect(await s.loadDoc(record.id)).toEqual({
        snapshot: bytes(9),
        updates: [bytes(1), bytes(2)],
        lastSeq: 2,
        snapshotVersion: 1,
      });
      expect(await s.loadDoc(priv)).toEqual({ snapshot: null, updates: [bytes(7)], lastSeq: 1, snapshotVersion: 0 });
      expect((await s.listDocs(record.id)).sort()).toEqual([record.id, priv].sort());
      expect(await s.loadDoc('never-written')).toBeNull();
      await s.close();
    });

    it('compacts: the snapshot replaces the updates through a seq; later ones stay', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(0), 1);
      await s.appendUpdates([1, 2, 3].map((v) => ({ doc: record.id, update: bytes(v) })));
      await s.compact(record.id, bytes(42), 2, 3);
      await s.appendUpdates([{ doc: record.id, update: bytes(4) }]);
      // The snapshot's schema version is the one recorded with it, not the board's initial one.
      expect(await s.loadDoc(record.id)).toEqual({
        snapshot: bytes(42),
        updates: [bytes(3), bytes(4)],
        lastSeq: 4,
        snapshotVersion: 3,
      });
      await s.close();
    });

    it('keeps history entries, newest first, and prunes old ones', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(0), 1);
      const ids = [];
      for (let i = 0; i < 4; i++) ids.push(await s.addHistory(record.id, `r${i}`, bytes(i), 1000 + i));
      expect((await s.listHistory(record.id)).map((h) => h.reason)).toEqual(['r3', 'r2', 'r1', 'r0']);
      expect(await s.getHistory(record.id, ids[1] as number)).toEqual(bytes(1));
      await s.pruneHistory(record.id, 2);
      expect((await s.listHistory(record.id)).map((h) => h.reason)).toEqual(['r3', 'r2']);
      await s.close();
    });

    it('deletes a board for good: record, documents, updates, history', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(0), 1);
      await s.appendUpdates([
        { doc: record.id, update: bytes(1) },
        { doc: `${record.id}/p/x`, update: bytes(2) },
      ]);
      await s.addHistory(record.id, 'r', bytes(3), 1);
      await s.deleteBoard(record.id);
      expect(await s.getBoard(record.id)).toBeNull();
      expect(await s.loadDoc(record.id)).toBeNull();
      expect(await s.loadDoc(`${record.id}/p/x`)).toBeNull();
      expect(await s.listHistory(record.id)).toEqual([]);
      expect(await s.getBoardByJoinCode(record.joinCode)).toBeNull();
      await s.close();
    });

    it('stores nothing for a board once it is deleted (late updates, compaction, versions)', async () => {
      const s = await make();
      const record = boardRecord();
      await s.createBoard(record, bytes(0), 1);
      const priv = `${record.id}/p/late`;
      await s.appendUpdates([{ doc: record.id, update: bytes(1) }]);
      await s.deleteBoard(record.id);
      const other = boardRecord();
      await s.createBoard(other, bytes(0), 1);
      const seqs = await s.appendUpdates([
        { doc: record.id, update: bytes(2) },
        { doc: priv, update: bytes(3) },
        { doc: other.id, update: bytes(4) },
      ]);
      expect(seqs).toHaveLength(3);
      await s.compact(record.id, bytes(5), 2, 1);
      expect(await s.addHistory(record.id, 'late', bytes(6), 1)).toBe(0);
      expect(await s.loadDoc(record.id)).toBeNull();
      expect(await s.loadDoc(priv)).toBeNull();
      expect(await s.listDocs(record.id)).toEqual([]);
      expect(await s.listHistory(record.id)).toEqual([]);
      // Other boards are written as usual in the same batch.
      expect(await s.loadDoc(other.id)).toEqual({
        snapshot: bytes(0),
        updates: [bytes(4)],
        lastSeq: 1,
        snapshotVersion: 1,
      });
      await s.close();
    });

    it('reports itself writable', async () => {
      const s = await make();
      expect(await s.probeWritable()).toBe(true);
      await s.close();
    });
  });
}
