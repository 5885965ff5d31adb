import { addNote, notesOf, readBoard } from '@plg/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1 } from '../sync/frames.js';
import { hostileFrame } from './hostileUpdates.js';
import { createBoard, startServer, type TestServer } from './startServer.js';
import { openRaw } from './suite.js';
import { connectClient, synced, until } from './yClient.js';

const CASES = Number(process.env.PLG_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.PLG_FUZZ_SEED ?? 424242);
const SOCKETS = 16;
const PING = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));

/** Sends a frame, then a sync step 1: its answer proves the frame was handled (or the socket closed). */
function probe(ws: WebSocket, data: Uint8Array): Promise<number> {
  return new Promise((resolve) => {
    const onClose = (code: number) => done(code);
    const onMessage = (msg: Buffer) => {
      // [0 sync][1 step 2]: the answer to our ping.
      if (msg[0] === 0 && msg[1] === 1) done(0);
    };
    const done = (code: number) => {
      ws.off('close', onClose);
      ws.off('message', onMessage);
      resolve(code);
    };
    ws.on('close', onClose);
    ws.on('message', onMessage);
    ws.send(data);
    if (ws.readyState === ws.OPEN) ws.send(PING);
  });
}

describe(`websocket fuzzing (${CASES} fast-check cases, seed ${SEED})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('never crashes the server, never touches another board, and leaves the board valid', async () => {
    const target = await createBoard(server.url);
    const other = await createBoard(server.url);
    const writer = connectClient(server.wsUrl, target.id);
    const bystander = connectClient(server.wsUrl, other.id);
    await Promise.all([synced(writer), synced(bystander)]);
    const kept = addNote(writer.doc, { x: 0, y: 0, text: 'blijft staan' }, 'w');
    const check = connectClient(server.wsUrl, target.id);
    await synced(check);
    await until(check, () => notesOf(check.doc).has(kept), 'note stored');
    const before = readBoard(check.doc);
    check.destroy();

    const frames = fc.sample(hostileFrame, { numRuns: CASES, seed: SEED });
    const codes = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: SOCKETS }, async () => {
        let ws = await openRaw(`${server.wsUrl}/${target.id}`);
        while (next < frames.length) {
          const data = frames[next++] as Uint8Array;
          if (ws.readyState !== ws.OPEN) ws = await openRaw(`${server.wsUrl}/${target.id}`);
          const code = await probe(ws, data);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        ws.close();
      }),
    );
    process.stdout.write(
      `websocket fuzz: ${frames.length} cases, outcomes ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );

    // Only clean outcomes: handled (0), malformed (1007), too big (1009), refused (4403), rate limited (4429).
    expect([...codes.keys()].filter((c) => ![0, 1007, 1009, 4403, 4429].includes(c))).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = connectClient(server.wsUrl, target.id);
    await synced(after);
    const snapshot = readBoard(after.doc);
    // The document still validates against the shared schema. Some mutated updates are valid notes
    // that a participant may add; everything else (meta, zones, session, the kept note) is untouched.
    expect(snapshot.invalid).toEqual([]);
    expect([...after.doc.share.keys()].sort()).toEqual([...check.doc.share.keys()].sort());
    expect({ ...snapshot, notes: [] }).toEqual({ ...before, notes: [] });
    expect(snapshot.notes.find((n) => n.id === kept)).toEqual(before.notes[0]);
    // A newcomer can still load the board from scratch (no poisoned state).
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(after.doc));
    expect(readBoard(copy)).toEqual(snapshot);
    // The other board's clients carry on.
    const id = addNote(bystander.doc, { x: 0, y: 0, text: 'nog live' }, 'b');
    const peer = connectClient(server.wsUrl, other.id);
    await synced(peer);
    await until(peer, () => notesOf(peer.doc).has(id), 'other board live');
    for (const c of [writer, bystander, after, peer]) c.destroy();
  }, 180_000);
});
