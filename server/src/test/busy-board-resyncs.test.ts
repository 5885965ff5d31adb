/**
 * A board that many browser sessions have edited over a day keeps taking reconnecting clients,
 * and an edit that overtakes its client's sync reply is asked for again instead of refused.
 *
 * Every move overwrites `x` and `y`, which Yjs records as deletions, and a client's sync reply
 * (step 2) carries its whole record of deletions: after a server restart or a wifi blip, every
 * returning client sends deletions by everyone who ever moved a note.
 */
import { addNote, moveNotes, newSecret, notesOf, setNoteText } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { WebSocket as RawSocket, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { decodeFrame, encodeSyncStep2, encodeSyncUpdate } from '../sync/frames.js';
import { createBoard } from './startServer.js';
import { openRaw, serverForSuite } from './suite.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

/** Browser sessions (Yjs client ids) that moved the note: more than one update may name at once. */
const SESSIONS = 90;

describe('a busy board resyncs', () => {
  const suite = serverForSuite();

  async function twoOnABoard(): Promise<{ boardId: string; a: TestClient; b: TestClient }> {
    const board = await createBoard(suite.server.url, { title: 'Drukke studiedag', template: 'plg', lang: 'nl' });
    const a = connectClient(suite.server.wsUrl, board.id);
    const b = connectClient(suite.server.wsUrl, board.id);
    suite.track(a, b);
    await Promise.all([synced(a), synced(b)]);
    return { boardId: board.id, a, b };
  }

  it('takes back a client whose sync reply names deletions by 90 browser sessions', async () => {
    const { boardId, a, b } = await twoOnABoard();
    const id = addNote(a.doc, { x: 0, y: 0, text: 'Veel verplaatst' }, 'a');
    // Each move from another session (as a day of reloads and new tabs makes them).
    const own = a.doc.clientID;
    for (let i = 1; i <= SESSIONS; i++) {
      a.doc.clientID = 1_000_000 + i;
      moveNotes(a.doc, [{ id, x: i * 10, y: i }], 'a');
    }
    a.doc.clientID = own; // presence is keyed by the provider's own id
    await until(
      b,
      () => (notesOf(b.doc).get(id) as Y.Map<unknown> | undefined)?.get('x') === SESSIONS * 10,
      'every move at b',
    );

    // A wifi blip: A reconnects and answers the server's sync step 1 with everything it has.
    a.provider.disconnect();
    a.provider.connect();
    await synced(a);
    const late = addNote(a.doc, { x: 400, y: 400, text: 'Na de hapering' }, 'a');
    await until(b, () => notesOf(b.doc).has(late), 'edit after the reconnect at b');

    // Someone who was offline all along comes back with a copy of the whole board.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(b.doc));
    const c = connectClient(suite.server.wsUrl, boardId, { doc: copy });
    suite.track(c);
    await synced(c);
    const fromC = addNote(c.doc, { x: 600, y: 400, text: 'Weer online' }, 'c');
    await until(b, () => notesOf(b.doc).has(fromC), 'edit from the returning client at b');
    for (const client of [a, b, c]) expect(client.closes.map((x) => x.code)).not.toContain(1007);
  });

  it('asks again for an edit that overtook its sync reply, and loses nothing', async () => {
    const { boardId, b } = await twoOnABoard();
    // Offline, someone adds a note (e1) and then writes in it (e2, which builds on e1).
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(b.doc));
    const edits: Uint8Array[] = [];
    offline.on('update', (u: Uint8Array) => edits.push(u));
    const id = addNote(offline, { x: 200, y: 200, text: '' }, 'o');
    setNoteText(offline, id, 'Geschreven in de trein', 'o');
    expect(edits).toHaveLength(2);

    // Back online, e2 goes out before the sync reply that carries e1.
    const ws = await openGreeted(`${suite.server.wsUrl}/${boardId}?as=${newSecret()}`);
    const askedAgain = nextSyncStep1(ws);
    ws.send(encodeSyncUpdate(edits[1] as Uint8Array));
    const serverState = await askedAgain;
    expect(ws.readyState).toBe(ws.OPEN);
    ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(offline, serverState)));
    await until(
      b,
      () =>
        String((notesOf(b.doc).get(id) as Y.Map<unknown> | undefined)?.get('text') ?? '') === 'Geschreven in de trein',
      'note at b',
    );
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
  });

  it('still closes a connection that keeps sending edits nobody can integrate', async () => {
    const { boardId } = await twoOnABoard();
    const orphan = new Y.Doc();
    const updates: Uint8Array[] = [];
    orphan.on('update', (u: Uint8Array) => updates.push(u));
    const id = addNote(orphan, { x: 0, y: 0, text: '' }, 'o');
    setNoteText(orphan, id, 'zonder begin', 'o');
    const ws = await openRaw(`${suite.server.wsUrl}/${boardId}?as=${newSecret()}`);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    // Never sends what the edit builds on, however often it is asked.
    ws.on('message', (data: Buffer) => {
      if (decodeFrame(new Uint8Array(data)).type === 'sync-step1') ws.send(encodeSyncUpdate(updates[1] as Uint8Array));
    });
    ws.send(encodeSyncUpdate(updates[1] as Uint8Array));
    expect(await closed).toBe(1007);
  });
});

/** Opens a raw socket and resolves once the server's greeting (its sync step 1) has arrived. */
function openGreeted(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new RawSocket(url);
    const onMessage = (data: Buffer) => {
      if (decodeFrame(new Uint8Array(data)).type !== 'sync-step1') return;
      ws.off('message', onMessage);
      resolve(ws);
    };
    ws.on('message', onMessage);
    ws.once('error', reject);
  });
}

/** Resolves with the state vector of the next sync step 1 the server sends on `ws`. */
function nextSyncStep1(ws: WebSocket): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${reason.toString()}`)));
    const onMessage = (data: Buffer) => {
      const frame = decodeFrame(new Uint8Array(data));
      if (frame.type !== 'sync-step1') return;
      ws.off('message', onMessage);
      resolve(frame.stateVector);
    };
    ws.on('message', onMessage);
  });
}
