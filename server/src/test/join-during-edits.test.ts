import { addNote, moveNotes, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { decodeFrame, encodeSyncStep1, type Frame } from '../sync/frames.js';
import { eventually } from './rawWriter.js';
import { openRaw, serverForSuite, twoOnNewBoard } from './suite.js';
import { connectClient, synced, until } from './yClient.js';

describe('joining a board while others edit it', () => {
  const suite = serverForSuite();

  it('sends the last full state and the updates relayed since; joiners end with exactly the board', async () => {
    const { board, a, b, room } = await twoOnNewBoard(suite);
    const first = addNote(a.doc, { x: 0, y: 0, text: 'eerste' }, 'a');
    await until(b, () => readBoard(b.doc).notes.length === 1, 'the first note');
    // Another joiner: the full state the first two got, and the note since.
    const early = connectClient(suite.server.wsUrl, board.id);
    suite.track(early);
    await synced(early);

    const second = addNote(a.doc, { x: 10, y: 10, text: 'tweede' }, 'a');
    await until(b, () => readBoard(b.doc).notes.length === 2, 'the second note');
    moveNotes(b.doc, [{ id: first, x: 300, y: 200 }], null);
    await until(a, () => readBoard(a.doc).notes.find((n) => n.id === first)?.x === 300, 'the move');
    await eventually(() => readBoard(room.doc).notes.find((n) => n.id === first)?.x === 300, 'the move applied');

    // A raw joiner sees the order: that same state, then every update since.
    const ws = await openRaw(`${suite.server.wsUrl}/${board.id}`);
    const frames: Frame[] = [];
    ws.on('message', (data: WebSocket.RawData) => frames.push(decodeFrame(new Uint8Array(data as Buffer))));
    ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const syncs = () => frames.filter((f) => f.type === 'sync-step2' || f.type === 'sync-update');
    await eventually(() => syncs().length >= 3, 'the state and the updates since');
    ws.close();
    const [state, ...since] = syncs() as { type: string; update: Uint8Array }[];
    expect(state?.type).toBe('sync-step2');
    expect(since.length).toBeGreaterThanOrEqual(3);
    expect(since.every((f) => f.type === 'sync-update')).toBe(true);
    const base = new Y.Doc();
    Y.applyUpdate(base, state?.update as Uint8Array);
    // Encoded when the first clients joined the new board: every note came after it.
    expect(readBoard(base).notes).toEqual([]);
    for (const f of since) Y.applyUpdate(base, f.update);
    expect(readBoard(base)).toEqual(readBoard(a.doc));

    // A stock client joining now ends with everything (the updates come right after its sync).
    const late = connectClient(suite.server.wsUrl, board.id);
    suite.track(late);
    await synced(late);
    await until(late, () => readBoard(late.doc).notes.find((n) => n.id === first)?.x === 300, 'the move');
    expect(readBoard(late.doc)).toEqual(readBoard(a.doc));
    expect(
      readBoard(late.doc)
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual([first, second].sort());
  });
});
