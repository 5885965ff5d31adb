import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../test/startServer.js';
import { boardRecord, storageContract } from '../storageContract.js';
import { SqliteStorage } from './SqliteStorage.js';

storageContract('SQLite', async () => new SqliteStorage(tempDataDir()));

describe('SQLite: a database written by an earlier version', () => {
  it('gains the snapshot version column; its snapshots count as not recorded (0)', async () => {
    const dir = tempDataDir();
    const first = new SqliteStorage(dir);
    const record = boardRecord();
    await first.createBoard(record, new Uint8Array([9]), 1);
    const file = first.file;
    await first.close();
    // What the file looked like before the column existed.
    const raw = new Database(file);
    raw.exec('ALTER TABLE docs DROP COLUMN snapshot_version');
    raw.close();

    const upgraded = new SqliteStorage(dir);
    expect(await upgraded.loadDoc(record.id)).toEqual({
      snapshot: new Uint8Array([9]),
      updates: [],
      lastSeq: 0,
      snapshotVersion: 0,
    });
    await upgraded.compact(record.id, new Uint8Array([10]), 0, 1);
    expect((await upgraded.loadDoc(record.id))?.snapshotVersion).toBe(1);
    await upgraded.close();
  });
});
