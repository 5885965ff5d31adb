import { Writable } from 'node:stream';
import { addNote, moveNotes, sessionOf } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, join, type Person } from './sessionClient.js';
import { createBoard, startServer, type TestServer } from './startServer.js';
import { connectClient, nextClose, presenceOf, synced, until } from './yClient.js';

describe('server logs', () => {
  let server: TestServer;
  const lines: string[] = [];
  const people: Person[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    server = await startServer({ env: { LOG_LEVEL: 'debug' }, logStream: stream });
  });
  afterAll(async () => {
    for (const p of people) p.destroy();
    await server.close();
  });

  it('are structured JSON and carry no keys, secrets, names, note text or full board ids', async () => {
    const board = await createBoard(server.url, { title: 'Geheime titel' });
    const facilitator = await join(server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(server.wsUrl, board.id);
    people.push(facilitator, anne);
    anne.board.provider.awareness.setLocalState(presenceOf(anne.board, 'Anne de Vries'));
    const id = addNote(anne.board.doc, { x: 0, y: 0, text: 'Vertrouwelijke notitie' }, 'a');
    await until(facilitator.board, () => facilitator.board.doc.getMap('notes').has(id), 'note');
    await command(server.url, board, { type: 'setLocked', on: true });
    await until(anne.board, () => sessionOf(anne.board.doc).get('locked') === true, 'locked');
    const closed = nextClose(anne.board);
    moveNotes(anne.board.doc, [{ id, x: 5, y: 5 }], 'a');
    await closed;
    const wrong = connectClient(server.wsUrl, board.id, { key: 'wrong-key-wrong-key-xx' });
    await nextClose(wrong);
    wrong.destroy();
    await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.facilitatorKey}` },
    });
    const viewer = connectClient(server.wsUrl, board.viewerUrl.split('/v/')[1] as string);
    await synced(viewer);
    viewer.destroy();

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join('\n');
    for (const secret of [
      board.facilitatorKey,
      facilitator.board.secret,
      anne.board.secret,
      board.id,
      board.viewerUrl.split('/v/')[1] as string,
      'Anne de Vries',
      'Vertrouwelijke notitie',
      'Geheime titel',
      'wrong-key-wrong-key-xx',
    ]) {
      expect(all, secret).not.toContain(secret);
    }
    // It does log what happened, with shortened ids.
    expect(all).toContain('update refused by policy');
    expect(all).toContain(`${board.id.slice(0, 4)}…`);
  });
});
