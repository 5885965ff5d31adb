import { addNote, CLOSE, DENIED, initBoard, notesOf } from '@plg/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FakeWebSocket } from '../test/FakeWebSocket';
import { type BoardEvent, connectBoard } from './connectBoard';

function onlineSwitch(initial = true) {
  let online = initial;
  const listeners = new Set<(o: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe: (l: (o: boolean) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(value: boolean) {
      online = value;
      for (const l of listeners) l(value);
    },
  };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function serverBoard() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Studiedag', templateId: 'plg', lang: 'nl' }, 'server');
  addNote(doc, { x: 10, y: 10, text: 'van de server' }, 'server');
  return doc;
}

beforeEach(() => FakeWebSocket.reset());
afterEach(() => FakeWebSocket.reset());

describe('connectBoard', () => {
  it('connects to /ws/<room> with the params, and reports connected only after the sync', async () => {
    const session = connectBoard({
      room: 'board-1',
      persistenceName: null,
      params: { as: 'secret' },
      wsBase: 'ws://test/ws',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
      online: onlineSwitch(),
    });
    const ws = FakeWebSocket.last();
    expect(ws.url).toBe('ws://test/ws/board-1?as=secret');
    ws.open();
    expect(session.getSnapshot().info.status).toBe('connecting');
    ws.syncFrom(serverBoard());
    expect(session.getSnapshot().info.status).toBe('connected');
    expect(notesOf(session.current.doc).size).toBe(1);
    await session.destroy();
  });

  it('goes offline with the browser, keeps edits, and resyncs them when back online', async () => {
    const online = onlineSwitch();
    const server = serverBoard();
    const session = connectBoard({
      room: 'b',
      persistenceName: 'plg-board:offline-test',
      params: { as: 's' },
      wsBase: 'ws://test/ws',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
      online,
    });
    FakeWebSocket.last().open();
    FakeWebSocket.last().syncFrom(server);
    online.set(false);
    expect(session.getSnapshot().info).toMatchObject({ status: 'offline', savedLocally: true });
    addNote(session.current.doc, { x: 0, y: 0, text: 'offline geschreven' }, 'me');
    online.set(true);
    const ws = FakeWebSocket.last();
    ws.open();
    ws.syncFrom(server);
    ws.applySentTo(server);
    expect(notesOf(server).size).toBe(2);
    await session.destroy();
  });

  it('on 4403 throws the local copy away, resyncs from the server and says why', async () => {
    const server = serverBoard();
    const events: BoardEvent[] = [];
    const session = connectBoard({
      room: 'b',
      persistenceName: 'plg-board:reset-test',
      params: { as: 's' },
      wsBase: 'ws://test/ws',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
      online: onlineSwitch(),
    });
    session.onEvent((e) => events.push(e));
    const first = session.current;
    await first.persistence!.whenSynced;
    const ws = FakeWebSocket.last();
    ws.open();
    ws.syncFrom(server);
    addNote(first.doc, { x: 0, y: 0, text: 'geweigerd' }, 'me');
    await tick(20); // let IndexedDB store it
    ws.deny(DENIED.locked);
    ws.serverClose(CLOSE.forbidden.code, CLOSE.forbidden.reason);
    expect(events).toEqual([{ type: 'reset', reason: DENIED.locked, code: 4403 }]);
    const second = session.current;
    expect(second.generation).toBe(1);
    expect(second.doc).not.toBe(first.doc);
    expect(notesOf(second.doc).size).toBe(0);
    const ws2 = FakeWebSocket.last();
    expect(ws2).not.toBe(ws);
    ws2.open();
    ws2.syncFrom(server);
    expect(notesOf(second.doc).size).toBe(1);
    // The refused note is gone from IndexedDB too: a fresh copy loads only the server's state.
    await tick(50);
    expect(second.persistence).not.toBeNull();
    await second.persistence!.whenSynced;
    await session.destroy();
    const reopened = new Y.Doc();
    const { IndexeddbPersistence } = await import('y-indexeddb');
    const idb = new IndexeddbPersistence('plg-board:reset-test', reopened);
    await idb.whenSynced;
    const texts = [...notesOf(reopened).values()].map((n) => String((n as Y.Map<unknown>).get('text')));
    expect(texts).toEqual(['van de server']);
    await idb.destroy();
  });

  it('reports an unknown board and a wrong key as fatal, and storage trouble on the badge', async () => {
    const session = connectBoard({
      room: 'b',
      persistenceName: null,
      params: { as: 's' },
      wsBase: 'ws://test/ws',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
      online: onlineSwitch(),
    });
    const ws = FakeWebSocket.last();
    ws.open();
    ws.serverClose(CLOSE.storageUnavailable.code);
    expect(session.getSnapshot().info).toMatchObject({ status: 'connecting', storageProblem: true });
    await tick(300); // y-websocket retries non-44xx codes by itself
    const retry = FakeWebSocket.last();
    expect(retry).not.toBe(ws);
    retry.open();
    retry.serverClose(CLOSE.unknownBoard.code, CLOSE.unknownBoard.reason);
    expect(session.getSnapshot().fatal).toMatchObject({ kind: 'notFound', code: 4404 });
    await session.destroy();
  });
});
