import { LIMITS, newSecret, participantIdOf, presenceColor } from '@plg/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createBoard } from '../test/startServer.js';
import { serverForSuite } from '../test/suite.js';
import { connectClient, synced, until } from '../test/yClient.js';
import { installSyncInflate } from './syncInflate.js';

/** A `ws` client that compresses every message it sends, as Chromium does. */
function compressingClient(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: { threshold: 0 } });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const closeCode = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

/** One awareness frame: a single entry with `state` as its JSON. */
function awarenessFrame(clientId: number, state: object): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify(state));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

describe('compressed client messages (read in one step; WS_COMPRESSION=on)', () => {
  const suite = serverForSuite({ env: { WS_COMPRESSION: 'on' } });

  it('finds ws internals it replaces', () => {
    expect(installSyncInflate()).toBe(true);
  });

  it('reads a compressed presence message and relays it', async () => {
    const board = await createBoard(suite.server.url);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    suite.track(watcher);
    await synced(watcher);
    const secret = newSecret();
    const ws = await compressingClient(`${suite.server.wsUrl}/${board.id}?as=${secret}`);
    const id = participantIdOf(secret);
    ws.send(
      awarenessFrame(4242, { user: { id, name: 'Gecomprimeerd', color: presenceColor(id) }, cursor: { x: 7, y: 8 } }),
    );
    await until(
      watcher,
      () => watcher.provider.awareness.getStates().get(4242)?.user?.name === 'Gecomprimeerd',
      'compressed presence relayed',
    );
    ws.close();
  });

  it('closes a compressed message that inflates past the size limit with 1009', async () => {
    const board = await createBoard(suite.server.url);
    const ws = await compressingClient(`${suite.server.wsUrl}/${board.id}`);
    const closed = closeCode(ws);
    ws.send(new Uint8Array(LIMITS.maxMessageBytes + 1));
    expect(await closed).toBe(1009);
  });

  it('closes a message whose compressed bytes are not deflate data with 1007', async () => {
    const board = await createBoard(suite.server.url);
    const ws = await compressingClient(`${suite.server.wsUrl}/${board.id}`);
    const closed = closeCode(ws);
    // A frame marked compressed (RSV1) whose body is not deflate data, written past ws's sender.
    const body = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]);
    const header = Buffer.from([0x80 | 0x40 | 0x02, 0x80 | body.length, 0, 0, 0, 0]);
    (ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(Buffer.concat([header, body]));
    expect(await closed).toBe(1007);
    expect((await fetch(`${suite.server.url}/healthz`)).status).toBe(200);
  });
});
