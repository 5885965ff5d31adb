import { addNotesTo, draftsOf, notesOf, readBoard, readSession, sessionOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { command, join, sawText } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { nextClose, until } from './yClient.js';

describe('private brainstorm, then reveal', () => {
  const suite = serverForSuite();

  it('sends nobody else a single byte of a hidden draft, and the reveal delivers every draft', async () => {
    const board = await createBoard(suite.server.url);
    const facilitator = await join(suite.server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(suite.server.wsUrl, board.id);
    const bram = await join(suite.server.wsUrl, board.id);
    suite.track(facilitator, anne, bram);

    expect((await command(suite.server.url, board, { type: 'setPrivateMode', on: true })).status).toBe(200);
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).privateMode, 'private mode at anne');

    // Anne writes two drafts in her private document; Bram one.
    const anneIds = addNotesTo(
      draftsOf(anne.own.doc),
      [
        { x: 100, y: 100, text: 'GEHEIM-anne-één', authorId: anne.own.participantId },
        { x: 400, y: 100, text: 'GEHEIM-anne-twee ✨', authorId: anne.own.participantId },
      ],
      'anne',
    );
    const [bramId] = addNotesTo(
      draftsOf(bram.own.doc),
      [{ x: 100, y: 1000, text: 'GEHEIM-bram', authorId: bram.own.participantId }],
      'bram',
    );
    await until(facilitator.board, () => readSession(sessionOf(facilitator.board.doc)).draftCount === 3, 'draft count');

    // Nothing of another's draft reached anyone: check the raw bytes every other client received.
    for (const other of [bram.board, bram.own, facilitator.board, facilitator.own])
      expect(sawText(other, 'GEHEIM-anne')).toBe(false);
    for (const other of [anne.board, anne.own, facilitator.board, facilitator.own])
      expect(sawText(other, 'GEHEIM-bram')).toBe(false);
    expect(notesOf(bram.board.doc).size).toBe(0);

    // A participant cannot put a note on the shared board while the brainstorm is private.
    const sneaky = await join(suite.server.wsUrl, board.id);
    suite.track(sneaky);
    const closed = nextClose(sneaky.board);
    addNotesTo(notesOf(sneaky.board.doc), [{ x: 0, y: 0, text: 'voorkruipen' }], 's');
    expect((await closed).code).toBe(4403);

    expect((await command(suite.server.url, board, { type: 'reveal' })).status).toBe(200);
    const all = [...anneIds, bramId as string];
    await until(bram.board, () => all.every((id) => notesOf(bram.board.doc).has(id)), 'reveal at bram');
    expect(
      readBoard(bram.board.doc)
        .notes.map((n) => n.text)
        .sort(),
    ).toEqual(['GEHEIM-anne-twee ✨', 'GEHEIM-anne-één', 'GEHEIM-bram']);
    expect(readBoard(bram.board.doc).notes.find((n) => n.id === bramId)?.authorId).toBe(bram.own.participantId);
    await until(anne.own, () => draftsOf(anne.own.doc).size === 0, 'drafts cleared');
    expect(readSession(sessionOf(bram.board.doc)).privateMode).toBe(false);
    await until(
      facilitator.board,
      () => readSession(sessionOf(facilitator.board.doc)).draftCount === 0,
      'draft count back to 0',
    );
    // The reveal kept a version to go back to.
    expect((await suite.server.storage.listHistory(board.id)).map((h) => h.reason)).toContain('before-reveal');
  });

  it('reveals without authors in anonymous mode, and anonymity clears authors already there', async () => {
    const board = await createBoard(suite.server.url);
    const anne = await join(suite.server.wsUrl, board.id);
    suite.track(anne);
    addNotesTo(notesOf(anne.board.doc), [{ x: 0, y: 0, text: 'eerder', authorId: anne.board.participantId }], 'a');
    await command(suite.server.url, board, { type: 'setPrivateMode', on: true });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).privateMode, 'private');
    addNotesTo(draftsOf(anne.own.doc), [{ x: 0, y: 0, text: 'anoniem', authorId: anne.own.participantId }], 'a');
    await command(suite.server.url, board, { type: 'setAnonymous', on: true });
    await command(suite.server.url, board, { type: 'reveal' });
    await until(anne.board, () => readBoard(anne.board.doc).notes.length === 2, 'revealed');
    expect(readBoard(anne.board.doc).notes.map((n) => n.authorId)).toEqual(['', '']);
  });
});
