import { addNote, notesOf, readBoard } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { FRAME_KINDS, hostileFrame, rng } from './fuzzFrames.js';
import { createBoard, startServer, type TestServer } from './startServer.js';
import { connectClient, synced, until } from './yClient.js';

const CASES = Number(process.env.PLG_FUZZ_CASES ?? 3000);
const SEED = Number(process.env.PLG_FUZZ_SEED ?? 20261125);
const PARALLEL = 8;

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function boardState(wsUrl: string, id: string): Promise<Uint8Array> {
  const client = connectClient(wsUrl, id);
  await synced(client);
  const state = Y.encodeStateAsUpdate(client.doc);
  const snapshot = JSON.stringify(readBoard(client.doc));
  client.destroy();
  return new TextEncoder().encode(snapshot + state.length);
}

describe('hostile websocket frames', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it(`${CASES} seeded random, truncated and corrupt frames neither crash the server nor change the board`, async () => {
    const board = await createBoard(server.url);
    const other = await createBoard(server.url);
    const seedClient = connectClient(server.wsUrl, board.id);
    await synced(seedClient);
    addNote(seedClient.doc, { x: 10, y: 10, text: 'blijft staan' }, 'seed');
    const watcher = connectClient(server.wsUrl, other.id);
    await synced(watcher);
    await until(seedClient, () => true);
    const before = await boardState(server.wsUrl, board.id);

    const r = rng(SEED);
    const closes = new Map<number, number>();
    let next = 0;
    async function worker() {
      let ws = await open(`${server.wsUrl}/${board.id}`);
      while (next < CASES) {
        const i = next++;
        const kind = FRAME_KINDS[i % FRAME_KINDS.length]!;
        if (ws.readyState !== ws.OPEN) ws = await open(`${server.wsUrl}/${board.id}`);
        const closed = new Promise<number>((res) => ws.once('close', (code) => res(code)));
        ws.send(hostileFrame(kind, r));
        // A frame that closes the connection is answered by a close; others by nothing or a reply.
        const code = await Promise.race([closed, new Promise<number>((res) => setTimeout(() => res(0), 5))]);
        if (code) closes.set(code, (closes.get(code) ?? 0) + 1);
      }
      ws.close();
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    // Every refusal was a clean protocol close (malformed, too big, refused), never 1006 or 1011.
    expect([...closes.keys()].filter((code) => ![1007, 1009, 4403].includes(code))).toEqual([]);
    expect(closes.get(1007)).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await boardState(server.wsUrl, board.id)).toEqual(before);
    // Other boards and their clients carry on.
    const id = addNote(watcher.doc, { x: 0, y: 0, text: 'nog steeds live' }, 'w');
    const check = connectClient(server.wsUrl, other.id);
    await synced(check);
    await until(check, () => notesOf(check.doc).has(id), 'other board still live');
    for (const c of [seedClient, watcher, check]) c.destroy();
  });

  it('closes a frame over the size limit with 1009 and keeps serving', async () => {
    const board = await createBoard(server.url);
    const ws = await open(`${server.wsUrl}/${board.id}`);
    const code = await new Promise<number>((res) => {
      ws.once('close', (c) => res(c));
      ws.send(new Uint8Array(2 * 1024 * 1024));
    });
    expect(code).toBe(1009);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('closes a text (non-binary) frame with 1007', async () => {
    const board = await createBoard(server.url);
    const ws = await open(`${server.wsUrl}/${board.id}`);
    const code = await new Promise<number>((res) => {
      ws.once('close', (c) => res(c));
      ws.send('hallo');
    });
    expect(code).toBe(1007);
  });
});
