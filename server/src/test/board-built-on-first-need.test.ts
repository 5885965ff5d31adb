import { addNote, deleteNotes, moveNotes, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from './rawWriter.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, synced, until } from './yClient.js';

/** A board with notes, written and then unloaded: stored as one snapshot, as idle boards are. */
async function storedBoard(suite: ReturnType<typeof serverForSuite>, texts: string[]) {
  const board = await createBoard(suite.server.url);
  const writer = connectClient(suite.server.wsUrl, board.id);
  await synced(writer);
  for (const text of texts) addNote(writer.doc, { x: 0, y: 0, text }, 'w');
  const rooms = suite.server.app.rooms;
  const room = liveRoom(suite, board.id);
  await eventually(() => readBoard(room.doc).notes.length === texts.length, 'the notes in the room');
  const before = Y.encodeStateAsUpdate(writer.doc);
  writer.destroy();
  await eventually(() => room.connections.size === 0, 'the writer gone');
  await rooms.unload(room);
  expect(rooms.rooms.has(board.id)).toBe(false);
  return { board, before };
}

function liveRoom(suite: ReturnType<typeof serverForSuite>, id: string) {
  const room = suite.server.app.rooms.rooms.get(id);
  if (!room) throw new Error('board not loaded');
  return room;
}

describe('a board stored as a snapshot is served without building its document', () => {
  const suite = serverForSuite();

  it('syncs a new client and a viewer from the snapshot; the first edit builds it and is kept', async () => {
    const { board } = await storedBoard(suite, ['een', 'twee']);
    const viewerId = new URL(board.viewerUrl).pathname.split('/').pop() as string;
    const viewer = connectClient(suite.server.wsUrl, viewerId);
    const fresh = connectClient(suite.server.wsUrl, board.id);
    suite.track(viewer, fresh);
    await Promise.all([synced(viewer), synced(fresh)]);
    const texts = (c: typeof viewer) =>
      readBoard(c.doc)
        .notes.map((n) => n.text)
        .sort();
    await until(fresh, () => texts(fresh).length === 2, 'both notes');
    await until(viewer, () => texts(viewer).length === 2, 'both notes for the viewer');
    expect(texts(fresh)).toEqual(['een', 'twee']);
    // Give a deferred build every chance to run: a few turns of the event loop and a timer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const room = liveRoom(suite, board.id);
    expect(room.hasDoc).toBe(false);

    addNote(fresh.doc, { x: 5, y: 5, text: 'drie' }, 'f');
    await until(viewer, () => texts(viewer).includes('drie'), 'the new note at the viewer');
    expect(room.hasDoc).toBe(true);
    expect(
      readBoard(room.doc)
        .notes.map((n) => n.text)
        .sort(),
    ).toEqual(['drie', 'een', 'twee']);
    // Kept: unloaded and loaded again, the edit is there.
    viewer.destroy();
    fresh.destroy();
    await eventually(() => room.connections.size === 0, 'everyone gone');
    await suite.server.app.rooms.unload(room);
    const copy = await suite.server.app.rooms.copyDoc(board.id);
    expect(
      copy &&
        readBoard(copy)
          .notes.map((n) => n.text)
          .sort(),
    ).toEqual(['drie', 'een', 'twee']);
  });

  it('sends a reconnecting client only what it lacks, from the snapshot', async () => {
    const { board, before } = await storedBoard(suite, ['oud']);
    // A client that was there before: it holds the stored state already, plus a note of its own.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, before);
    const back = connectClient(suite.server.wsUrl, board.id, { doc });
    const other = connectClient(suite.server.wsUrl, board.id);
    suite.track(back, other);
    await Promise.all([synced(back), synced(other)]);
    await until(other, () => readBoard(other.doc).notes.length === 1, 'the stored note');
    const room = liveRoom(suite, board.id);
    // Its sync reply carried nothing new (its state is the stored one): still not built.
    expect(room.hasDoc).toBe(false);
    // The diff the server sent it from the snapshot held no structs it already had.
    expect(readBoard(back.doc).notes.map((n) => n.text)).toEqual(['oud']);
    addNote(back.doc, { x: 1, y: 1, text: 'terug' }, 'b');
    await until(other, () => readBoard(other.doc).notes.some((n) => n.text === 'terug'), 'the returning note');
    expect(room.hasDoc).toBe(true);
  });

  it('lets a returning client whose copy holds deletions sync without building it', async () => {
    const board = await createBoard(suite.server.url);
    const writer = connectClient(suite.server.wsUrl, board.id);
    await synced(writer);
    const id = addNote(writer.doc, { x: 0, y: 0, text: 'verschoven' }, 'w');
    // Every move overwrites x and y: the board now holds deletions.
    for (let i = 1; i <= 3; i++) moveNotes(writer.doc, [{ id, x: i * 10, y: i * 10 }], 'w');
    const room = liveRoom(suite, board.id);
    await eventually(() => readBoard(room.doc).notes[0]?.x === 30, 'the last move in the room');
    const copy = Y.encodeStateAsUpdate(writer.doc);
    writer.destroy();
    await eventually(() => room.connections.size === 0, 'the writer gone');
    await suite.server.app.rooms.unload(room);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, copy);
    const back = connectClient(suite.server.wsUrl, board.id, { doc });
    suite.track(back);
    await synced(back);
    // A second client after it: by then the returning client's sync reply has been handled.
    const later = connectClient(suite.server.wsUrl, board.id);
    suite.track(later);
    await synced(later);
    await until(later, () => readBoard(later.doc).notes[0]?.x === 30, 'the moved note');
    expect(liveRoom(suite, board.id).hasDoc).toBe(false);

    // Deleting the note is a deletion the snapshot lacks: the board is built and it is kept.
    deleteNotes(back.doc, [id], 'b');
    await until(later, () => readBoard(later.doc).notes.length === 0, 'the deletion');
    expect(liveRoom(suite, board.id).hasDoc).toBe(true);
  });

  it('builds the document for a returning client that deleted something while away', async () => {
    const { board, before } = await storedBoard(suite, ['weg', 'blijft']);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, before);
    const gone = readBoard(doc).notes.find((n) => n.text === 'weg')?.id as string;
    deleteNotes(doc, [gone], 'offline');
    const back = connectClient(suite.server.wsUrl, board.id, { doc });
    const other = connectClient(suite.server.wsUrl, board.id);
    suite.track(back, other);
    await Promise.all([synced(back), synced(other)]);
    await until(
      other,
      () =>
        readBoard(other.doc)
          .notes.map((n) => n.text)
          .join() === 'blijft',
      'the offline deletion',
    );
    expect(liveRoom(suite, board.id).hasDoc).toBe(true);
  });

  it('builds the document at load when the snapshot was not recorded at the current schema', async () => {
    const { board } = await storedBoard(suite, ['x']);
    // What a database written before snapshot versions were recorded holds.
    const storage = suite.server.app.storage;
    const stored = await storage.loadDoc(board.id);
    if (!stored?.snapshot) throw new Error('no snapshot');
    await storage.compact(board.id, stored.snapshot, stored.lastSeq, 0);
    const client = connectClient(suite.server.wsUrl, board.id);
    suite.track(client);
    await synced(client);
    expect(liveRoom(suite, board.id).hasDoc).toBe(true);
  });
});
