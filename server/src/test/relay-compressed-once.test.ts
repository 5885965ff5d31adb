import { addNote, notesOf, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { openRaw, serverForSuite } from './suite.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

/** Bytes the client's TCP socket has read so far. */
const bytesRead = (c: TestClient) =>
  (c.provider.ws as unknown as { _socket: { bytesRead: number } } | null)?._socket.bytesRead ?? 0;

describe('relaying to clients with and without permessage-deflate (WS_COMPRESSION=on)', () => {
  const suite = serverForSuite({ env: { WS_COMPRESSION: 'on' } });

  it('sends compressed frames to clients that negotiated it and plain ones to the others, same content', async () => {
    const board = await createBoard(suite.server.url);
    const writer = connectClient(suite.server.wsUrl, board.id);
    const zipped = connectClient(suite.server.wsUrl, board.id);
    const plain = connectClient(suite.server.wsUrl, board.id, { deflate: false });
    suite.track(writer, zipped, plain);
    await Promise.all([synced(writer), synced(zipped), synced(plain)]);
    const before = { zipped: bytesRead(zipped), plain: bytesRead(plain) };

    // One update of 40 long notes (about 70 KB): big enough to be compressed for anyone.
    const text = 'Wij leren samen van en met elkaar. '.repeat(50);
    const ids: string[] = [];
    writer.doc.transact(() => {
      for (let i = 0; i < 40; i++) ids.push(addNote(writer.doc, { x: 100 * i, y: 100, text }, 'w'));
    });
    for (const c of [zipped, plain]) await until(c, () => ids.every((id) => notesOf(c.doc).has(id)), 'notes arrive');

    for (const c of [zipped, plain]) expect(readBoard(c.doc).notes.map((n) => n.text)).toEqual(ids.map(() => text));
    const got = { zipped: bytesRead(zipped) - before.zipped, plain: bytesRead(plain) - before.plain };
    expect(got.plain).toBeGreaterThan(40 * text.length);
    expect(got.zipped).toBeLessThan(got.plain / 4);
    expect(writer.closes).toEqual([]);
  });
});

describe('websocket compression by default', () => {
  const suite = serverForSuite();

  it('is not agreed: the server answers an offer of permessage-deflate without it', async () => {
    const board = await createBoard(suite.server.url);
    const ws = await openRaw(`${suite.server.wsUrl}/${board.id}`);
    expect(ws.extensions).toBe('');
    ws.close();
  });
});
