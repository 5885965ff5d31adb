import { addNote, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { serverForSuite, twoOnNewBoard } from './suite.js';
import { until } from './yClient.js';

describe('relaying an accepted edit', () => {
  const suite = serverForSuite();

  it('sends it to the room first and brings the server’s own copy up to date after, in the same flush', async () => {
    const { a, b, room } = await twoOnNewBoard(suite);
    // Watch (without replacing) what the server's document holds as each relayed update leaves.
    const heldAtSend: boolean[] = [];
    for (const conn of room.connections) {
      const send = conn.sendShared.bind(conn);
      conn.sendShared = (frame) => {
        const isSync = frame.payload[0] === 0; // not presence
        if (isSync) heldAtSend.push(readBoard(room.doc).notes.some((n) => n.text === 'eerst weg'));
        send(frame);
      };
    }
    let heldAfterFlush = false;
    room.doc.on('update', () => {
      heldAfterFlush = readBoard(room.doc).notes.some((n) => n.text === 'eerst weg');
    });

    addNote(a.doc, { x: 1, y: 1, text: 'eerst weg' }, 'a');
    await until(b, () => readBoard(b.doc).notes.some((n) => n.text === 'eerst weg'), 'the note relayed');
    expect(heldAtSend).toEqual([false]);
    expect(heldAfterFlush).toBe(true);
  });
});
