import { addNote, moveNotes, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HARD_UPDATES, SOFT_UPDATES } from '../sync/compaction.js';
import { serverForSuite, twoOnNewBoard } from './suite.js';
import { connectClient, synced, until } from './yClient.js';

describe('compacting a board’s log', () => {
  const suite = serverForSuite();

  const xOf = (doc: Y.Doc, id: string) => readBoard(doc).notes.find((n) => n.id === id)?.x;

  it('waits until nobody changes the board, then folds the log into a snapshot', async () => {
    const { board, a, b } = await twoOnNewBoard(suite);
    const id = addNote(a.doc, { x: 0, y: 0, text: 'verschuift' }, 'a');
    const moves = SOFT_UPDATES + 20;
    for (let i = 1; i <= moves; i++) {
      moveNotes(a.doc, [{ id, x: i, y: i }], 'a');
      // Let the server store each move as an update of its own.
      if (i % 10 === 0) await until(b, () => xOf(b.doc, id) === i, `move ${i}`);
    }
    await until(b, () => xOf(b.doc, id) === moves, 'last move');
    const busy = await suite.server.storage.loadDoc(board.id);
    // Past the soft limit, but the board was busy until just now: the log is still there.
    expect(busy?.updates.length).toBeGreaterThanOrEqual(SOFT_UPDATES);

    // Quiet: the log is folded into a snapshot that holds the last position.
    let quiet = busy;
    const deadline = Date.now() + 10_000;
    while (quiet?.updates.length !== 0) {
      if (Date.now() > deadline) throw new Error('not compacted after the board went quiet');
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = await suite.server.storage.loadDoc(board.id);
    }
    expect(quiet?.snapshot).not.toBeNull();
    const c = connectClient(suite.server.wsUrl, board.id);
    suite.track(c);
    await synced(c);
    expect(xOf(c.doc, id)).toBe(moves);
  });

  it('past the hard limit, compacts in the flush itself, holding the update that flush relayed', async () => {
    const { board, a, b, room } = await twoOnNewBoard(suite);
    // As if the log already held one update short of the hard limit.
    room.logCount = HARD_UPDATES - 1;
    const id = addNote(a.doc, { x: 7, y: 8, text: 'de laatste' }, 'a');
    await until(b, () => xOf(b.doc, id) === 7, 'the note relayed');

    let stored = await suite.server.storage.loadDoc(board.id);
    const deadline = Date.now() + 10_000;
    while (stored?.updates.length !== 0) {
      if (Date.now() > deadline) throw new Error('not compacted past the hard limit');
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = await suite.server.storage.loadDoc(board.id);
    }
    // The snapshot replaced the log through this update: it must hold it.
    const fromDisk = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(fromDisk, stored.snapshot);
    expect(readBoard(fromDisk).notes.find((n) => n.id === id)?.text).toBe('de laatste');
  });
});
