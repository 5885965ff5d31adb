/**
 * Document size: a board grows to LIMITS.maxDocumentBytes with ordinary, valid notes (the
 * longest text a note may hold, in three-byte characters) and then refuses the update that would
 * take it past the limit — also when several such updates arrive at once. The sender is told
 * (`limit-reached`, 4403); nobody else's board changes.
 */
import { addNotesTo, deleteNotes, LIMITS, notesOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually, type RawWriter, rawWriter } from './rawWriter.js';
import { docJson } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, type TestClient } from './yClient.js';

/** The longest note text: 2,000 characters of '€', 6,000 bytes of UTF-8. */
const TEXT = '€'.repeat(LIMITS.maxNoteTextLength);
/** Notes per update: just under the 1 MiB message limit. */
const BATCH = 150;
/** Updates a writer sends at once (before the server has stored any of them). */
const BURST = 4;

interface Batch {
  update: Uint8Array;
  ids: string[];
}

/** An update that adds `count` notes, made in a document of its own (no sync needed). */
function notesUpdate(count: number, text = TEXT): Batch {
  const doc = new Y.Doc();
  const inputs = Array.from({ length: count }, (_, i) => ({ x: (i % 50) * 210, y: 0, text }));
  const ids = addNotesTo(notesOf(doc), inputs, 'writer');
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, ids };
}

/**
 * Sends updates (`burst` at a time, from one writer) until the board refuses one; `seen` tells
 * whether a note reached the watching client (the next burst waits for it). Returns the refused
 * writer and every batch it sent: which of the last ones were accepted is known only once the
 * server has relayed them (a refusal is told at once, an accepted update at the next flush).
 */
async function fillUntilRefused(
  wsUrl: string,
  boardId: string,
  seen: (id: string) => boolean,
  make: () => Batch,
  burst = 1,
): Promise<{ writer: RawWriter; sent: Batch[] }> {
  const writer = await rawWriter(wsUrl, boardId);
  const sent: Batch[] = [];
  const deadline = Date.now() + 60_000;
  while (writer.code === null) {
    if (Date.now() > deadline) throw new Error('the board never refused an update');
    const batches = Array.from({ length: burst }, make);
    for (const b of batches) writer.send(b.update);
    sent.push(...batches);
    const lasts = batches.map((b) => b.ids.at(-1) as string);
    await eventually(() => writer.code !== null || lasts.every(seen), 'the updates or a refusal', 20_000);
  }
  await eventually(() => writer.denied.length > 0, 'the refusal reason');
  return { writer, sent };
}

function sameState(a: TestClient, b: TestClient): boolean {
  const sa = Y.encodeStateVector(a.doc);
  const sb = Y.encodeStateVector(b.doc);
  return sa.length === sb.length && sa.every((v, i) => v === sb[i]);
}

describe('document size limit', () => {
  const suite = serverForSuite();

  it('fills a board with valid notes up to the limit, then refuses the update that would pass it', async () => {
    const { server } = suite;
    const board = await createBoard(server.url);
    const watcher = connectClient(server.wsUrl, board.id);
    suite.track(watcher);
    await synced(watcher);
    const seen = (id: string) => notesOf(watcher.doc).has(id);

    // ~900 KB updates, four at a time (arriving before any is stored), until one is refused;
    // then ten notes at a time, then one, each until refused: the board is within a note of full.
    const big = await fillUntilRefused(server.wsUrl, board.id, seen, () => notesUpdate(BATCH), BURST);
    const medium = await fillUntilRefused(server.wsUrl, board.id, seen, () => notesUpdate(10));
    const small = await fillUntilRefused(server.wsUrl, board.id, seen, () => notesUpdate(1));
    for (const { writer } of [big, medium, small]) {
      expect(writer.code).toBe(4403);
      expect(writer.denied).toEqual(['limit-reached']);
    }

    // A fresh client gets exactly what the watcher has.
    const fresh = connectClient(server.wsUrl, board.id);
    suite.track(fresh);
    await synced(fresh, 30_000);
    await eventually(() => sameState(watcher, fresh), 'watcher and fresh client to agree');
    expect(docJson(fresh)).toEqual(docJson(watcher));
    // Each update was taken whole or not at all, and each writer's last one was refused.
    const has = (id: string) => notesOf(fresh.doc).has(id);
    const batches = [...big.sent, ...medium.sent, ...small.sent];
    for (const b of batches) expect(b.ids.filter(has).length % b.ids.length).toBe(0);
    const accepted = batches.filter((b) => has(b.ids[0] as string));
    for (const { sent } of [big, medium, small]) expect(has((sent.at(-1) as Batch).ids[0] as string)).toBe(false);
    expect(notesOf(fresh.doc).size).toBe(accepted.reduce((n, b) => n + b.ids.length, 0));

    // The board is full, and not a byte over: within a few notes of the limit, never past it.
    const size = Y.encodeStateAsUpdate(fresh.doc).length;
    expect(size).toBeLessThanOrEqual(LIMITS.maxDocumentBytes);
    expect(size).toBeGreaterThan(LIMITS.maxDocumentBytes - 4 * notesUpdate(1).update.length);

    // What is stored is the same board.
    await server.app.rooms.flushNow();
    const stored = await server.app.rooms.copyDoc(board.id);
    expect(stored && notesOf(stored).size).toBe(notesOf(fresh.doc).size);
    stored?.destroy();
  }, 90_000);

  it('lets a client that deleted something reconnect to a full board without being refused', async () => {
    const { server } = suite;
    const board = await createBoard(server.url);
    const client = connectClient(server.wsUrl, board.id);
    suite.track(client);
    await synced(client);
    // The client adds notes and deletes every other one: its delete set has a hundred ranges.
    const own = addNotesTo(
      notesOf(client.doc),
      Array.from({ length: 200 }, (_, i) => ({ x: i, y: 500 })),
      'c',
    );
    deleteNotes(
      client.doc,
      own.filter((_, i) => i % 2 === 0),
      'c',
    );
    const seen = (id: string) => notesOf(client.doc).has(id);
    // Fill the board to within one small note of the limit: less than that delete set.
    for (const make of [
      () => notesUpdate(BATCH),
      () => notesUpdate(10),
      () => notesUpdate(1),
      () => notesUpdate(1, ''),
    ])
      await fillUntilRefused(server.wsUrl, board.id, seen, make);
    // What a reconnecting client sends back: no structs, its whole delete set — more bytes than
    // the room left on the board (so a size check on bytes alone would refuse it).
    const resent = Y.encodeStateAsUpdate(client.doc, Y.encodeStateVector(client.doc)).length;
    const room = server.app.rooms.rooms.get(board.id);
    expect(LIMITS.maxDocumentBytes - (room?.approxBytes ?? 0)).toBeLessThan(resent);
    const watcher = connectClient(server.wsUrl, board.id);
    suite.track(watcher);
    await synced(watcher, 30_000);
    const before = docJson(watcher);

    // A network blip: the client reconnects and, as every Yjs client does, answers the server's
    // sync step 1 with its whole delete set — nothing the board lacks, so nothing to refuse.
    client.provider.disconnect();
    client.provider.connect();
    await synced(client, 30_000);
    const probe = connectClient(server.wsUrl, board.id);
    suite.track(probe);
    await synced(probe, 30_000);
    expect(client.closes.filter((c) => c.code >= 4000)).toEqual([]);
    expect(client.denied).toEqual([]);
    expect(docJson(probe)).toEqual(before);
    expect(docJson(watcher)).toEqual(before);
    // Adding to the full board is still refused.
    const closed = nextClose(client);
    addNotesTo(notesOf(client.doc), [{ x: 0, y: 0, text: TEXT }], 'c');
    expect((await closed).code).toBe(4403);
    expect(client.denied).toEqual(['limit-reached']);
  }, 90_000);
});
