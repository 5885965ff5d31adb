import { addNote, moveNotes, notesOf, readBoard, setNoteText } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, presenceOf, synced, until } from './yClient.js';

describe('two stock y-websocket clients on one board', () => {
  const suite = serverForSuite();

  it('sync the board from the server and each other’s notes, text and moves', async () => {
    const board = await createBoard(suite.server.url, { title: 'Studiedag PLG', template: 'plg', lang: 'nl' });
    const a = connectClient(suite.server.wsUrl, board.id);
    const b = connectClient(suite.server.wsUrl, board.id);
    suite.track(a, b);
    await Promise.all([synced(a), synced(b)]);
    // The server created the board from the template.
    expect(readBoard(b.doc).meta?.title).toBe('Studiedag PLG');
    expect(readBoard(b.doc).zones.map((z) => z.id)).toContain('leiderschap');

    const id = addNote(a.doc, { x: 100, y: 100, text: 'Samen leren', authorId: a.participantId }, 'a');
    await until(b, () => notesOf(b.doc).has(id), 'note at b');
    setNoteText(a.doc, id, 'Samen leren, elke week', 'a');
    moveNotes(a.doc, [{ id, x: 1500, y: 200 }], 'a');
    await until(
      b,
      () => readBoard(b.doc).notes[0]?.text === 'Samen leren, elke week' && readBoard(b.doc).notes[0]?.x === 1500,
      'edits at b',
    );
    expect(readBoard(b.doc).notes[0]).toMatchObject({ id, zoneId: 'leiderschap', authorId: a.participantId });
  });

  it('relay presence (awareness) from one client to the other', async () => {
    const board = await createBoard(suite.server.url);
    const a = connectClient(suite.server.wsUrl, board.id);
    const b = connectClient(suite.server.wsUrl, board.id);
    suite.track(a, b);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalState(presenceOf(a, 'Anne', { cursor: { x: 10, y: 20 } }));
    await until(
      b,
      () => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Anne' && s.cursor?.x === 10),
      'presence at b',
    );
  });

  it('drop presence that claims another participant’s id', async () => {
    const board = await createBoard(suite.server.url);
    const a = connectClient(suite.server.wsUrl, board.id);
    const b = connectClient(suite.server.wsUrl, board.id);
    suite.track(a, b);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalState({
      ...presenceOf(a, 'Nep'),
      user: { id: b.participantId, name: 'Nep', color: '#000000' },
    });
    a.provider.awareness.setLocalState(presenceOf(a, 'Echt'));
    await until(
      b,
      () => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Echt'),
      'real presence',
    );
    expect([...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Nep')).toBe(false);
  });
});
