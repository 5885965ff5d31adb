import { addNote, notesOf, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

/** Bytes the client's TCP socket has read so far. */
const bytesRead = (c: TestClient) =>
  (c.provider.ws as unknown as { _socket: { bytesRead: number } } | null)?._socket.bytesRead ?? 0;

describe('relaying to clients with and without permessage-deflate', () => {
  const suite = serverForSuite();

  it('sends compressed frames to clients that negotiated it and plain ones to the others, same content', async () => {
    const board = await createBoard(suite.server.url);
    const writer = connectClient(suite.server.wsUrl, board.id);
    const zipped = connectClient(suite.server.wsUrl, board.id);
    const plain = connectClient(suite.server.wsUrl, board.id, { deflate: false });
    suite.track(writer, zipped, plain);
    await Promise.all([synced(writer), synced(zipped), synced(plain)]);
    const before = { zipped: bytesRead(zipped), plain: bytesRead(plain) };

    const text = 'Wij leren samen van en met elkaar. '.repeat(50);
    const ids = [1, 2, 3].map((i) => addNote(writer.doc, { x: 100 * i, y: 100, text }, 'w'));
    for (const c of [zipped, plain]) await until(c, () => ids.every((id) => notesOf(c.doc).has(id)), 'notes arrive');

    for (const c of [zipped, plain]) expect(readBoard(c.doc).notes.map((n) => n.text)).toEqual([text, text, text]);
    const got = { zipped: bytesRead(zipped) - before.zipped, plain: bytesRead(plain) - before.plain };
    // Three notes of 1,750 characters: more than 5 KB as is, a fraction of that compressed.
    expect(got.plain).toBeGreaterThan(3 * text.length);
    expect(got.zipped).toBeLessThan(got.plain / 4);
    expect(writer.closes).toEqual([]);
  });
});
