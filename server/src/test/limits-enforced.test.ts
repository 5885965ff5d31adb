import { addNote, addNotesTo, LIMITS, notesOf, presenceColor } from '@plg/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { boardPolicy } from '../sync/policy.js';
import { createBoard } from './startServer.js';
import { openRaw, serverForSuite } from './suite.js';
import { connectClient, nextClose, presenceOf, synced, until } from './yClient.js';

describe('limits, enforced', () => {
  const suite = serverForSuite();

  it('notes per board: the next note past the limit is refused', async () => {
    const board = await createBoard(suite.server.url);
    await suite.server.app.rooms.change(board.id, boardPolicy, (doc) => {
      addNotesTo(
        notesOf(doc),
        Array.from({ length: LIMITS.maxNotesPerBoard }, (_, i) => ({ x: i, y: 0 })),
        'seed',
      );
    });
    const client = connectClient(suite.server.wsUrl, board.id);
    await synced(client);
    expect(notesOf(client.doc).size).toBe(LIMITS.maxNotesPerBoard);
    const closed = nextClose(client);
    addNote(client.doc, { x: 0, y: 0, text: 'één te veel' }, 'c');
    expect((await closed).code).toBe(4403);
    expect(client.denied).toEqual(['limit-reached']);
    client.destroy();
  });

  it('text per note: a note longer than the limit is refused', async () => {
    const board = await createBoard(suite.server.url);
    const client = connectClient(suite.server.wsUrl, board.id);
    await synced(client);
    const id = addNote(client.doc, { x: 0, y: 0, text: 'kort' }, 'c');
    const closed = nextClose(client);
    const text = (notesOf(client.doc).get(id) as { get(k: string): { insert(i: number, s: string): void } }).get(
      'text',
    );
    text.insert(0, 'x'.repeat(LIMITS.maxNoteTextLength));
    expect((await closed).code).toBe(4403);
    expect(client.denied).toEqual(['invalid-content']);
    client.destroy();
  });

  it('awareness messages per second: a flood is thinned, then cut off', async () => {
    const board = await createBoard(suite.server.url);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    await synced(watcher);
    let updates = 0;
    watcher.provider.awareness.on('update', () => updates++);
    const ws = await openRaw(`${suite.server.wsUrl}/${board.id}`);
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    const frame = (clock: number) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      const a = encoding.createEncoder();
      encoding.writeVarUint(a, 1);
      encoding.writeVarUint(a, 12345);
      encoding.writeVarUint(a, clock);
      encoding.writeVarString(
        a,
        JSON.stringify({ user: { id: '', name: 'flood', color: presenceColor('x') }, cursor: { x: clock, y: 0 } }),
      );
      encoding.writeVarUint8Array(e, encoding.toUint8Array(a));
      return encoding.toUint8Array(e);
    };
    for (let i = 1; i <= 1000; i++) ws.send(frame(i));
    expect(await closed).toBe(4429);
    // Coalesced and rate-limited: the watcher saw a small fraction of the flood.
    expect(updates).toBeLessThan(100);
    watcher.destroy();
  });

  it('connections per IP: the one past the limit is closed with 4429', async () => {
    const board = await createBoard(suite.server.url);
    const sockets: WebSocket[] = [];
    for (let i = 0; i < LIMITS.maxConnectionsPerIp; i++)
      sockets.push(await openRaw(`${suite.server.wsUrl}/${board.id}`));
    const extra = await openRaw(`${suite.server.wsUrl}/${board.id}`);
    const code = await new Promise<number>((r) => extra.once('close', (c) => r(c)));
    expect(code).toBe(4429);
    for (const s of sockets) s.close();
  });

  it('presence state size: an oversized state is dropped, a normal one goes through', async () => {
    const board = await createBoard(suite.server.url);
    const a = connectClient(suite.server.wsUrl, board.id);
    const b = connectClient(suite.server.wsUrl, board.id);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalState({ ...presenceOf(a, 'x'.repeat(LIMITS.maxAwarenessStateBytes)) });
    a.provider.awareness.setLocalState(presenceOf(a, 'Anne'));
    await until(
      b,
      () => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Anne'),
      'normal presence',
    );
    expect([...b.provider.awareness.getStates().values()].some((s) => String(s.user?.name).length > 100)).toBe(false);
    a.destroy();
    b.destroy();
  });
  it('boards per IP per hour, and join-code guesses per IP, ignoring X-Forwarded-For without a trusted proxy', async () => {
    let status = 0;
    for (let i = 0; i <= LIMITS.maxBoardsPerIpPerHour && status !== 429; i++) {
      const res = await suite.server.app.inject({
        method: 'POST',
        url: '/api/boards',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.${i}` },
        payload: JSON.stringify({ title: `b${i}` }),
      });
      status = res.statusCode;
      if (status === 429) expect(res.json().error.code).toBe('RATE_LIMITED');
    }
    expect(status).toBe(429);
    let guess = 0;
    for (let i = 0; i <= LIMITS.maxJoinGuessesPerIpPerMinute && guess !== 429; i++) {
      guess = (
        await suite.server.app.inject({
          method: 'GET',
          url: '/api/join/ABCDEF',
          headers: { 'x-forwarded-for': `10.0.1.${i}` },
        })
      ).statusCode;
    }
    expect(guess).toBe(429);
  });
});
