import {
  type Action,
  addAction,
  addNote,
  type CreateBoardResponse,
  deleteAction,
  moveNotes,
  myVotesOf,
  notesOf,
  profileOf,
  readAction,
  readBoard,
  readSession,
  resultsOf,
  sessionOf,
  updateAction,
} from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { barrier, command, counted, docJson, join, type Person, sawText } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, type TestClient, until } from './yClient.js';

describe('the facilitated session, more rules enforced by the server', () => {
  const suite = serverForSuite();
  const url = () => suite.server.url;

  async function room() {
    const board = await createBoard(url());
    const facilitator = await join(suite.server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(suite.server.wsUrl, board.id);
    const bram = await join(suite.server.wsUrl, board.id);
    suite.track(facilitator, anne, bram);
    let joined = 3;
    await counted([facilitator, anne, bram], joined);
    /** A new connection as a participant (a refused client stops reconnecting). */
    const participant = async () => {
      const p = await join(suite.server.wsUrl, board.id);
      suite.track(p);
      await counted([facilitator, anne, bram, p], ++joined);
      return p;
    };
    return { board, facilitator, anne, bram, participant };
  }

  /** Applies the session command and waits until `seen` holds on every client's board. */
  async function run(
    board: CreateBoardResponse,
    body: Record<string, unknown>,
    clients: Person[],
    seen: (doc: Y.Doc) => boolean,
  ) {
    expect((await command(url(), board, body)).status).toBe(200);
    await Promise.all(clients.map((c) => until(c.board, () => seen(c.board.doc), JSON.stringify(body))));
  }
  const sessionIn = (doc: Y.Doc) => readSession(sessionOf(doc));

  /**
   * Makes `write` on `sender` and expects it refused with `reason` (4403); then checks that
   * every client in `others` and a fresh client still have the board as it was before.
   */
  async function expectRefused(
    sender: TestClient,
    write: () => void,
    reason: string,
    facilitator: Person,
    others: Person[],
  ) {
    const clients = [facilitator, ...others].map((p) => p.board);
    await barrier(facilitator.board, clients);
    const before = clients.map((c) => docJson(c));
    const closed = nextClose(sender);
    write();
    expect((await closed).code).toBe(4403);
    expect(sender.denied).toEqual([reason]);
    await barrier(facilitator.board, clients);
    for (const [i, c] of clients.entries()) expect(docJson(c)).toEqual(before[i]);
    // A newcomer (board only: joining a private document would count one more participant).
    const fresh = connectClient(suite.server.wsUrl, facilitator.board.provider.roomname);
    suite.track(fresh);
    await synced(fresh);
    expect(docJson(fresh)).toEqual(before[0]);
  }

  const actionsOf = (c: TestClient): Action[] => readBoard(c.doc).actions;
  const off = { type: 'setActionsByParticipants', on: false };

  it('refuses a participant’s action points while actionsByParticipants is off, and changes no board', async () => {
    const { board, facilitator, anne, bram, participant } = await room();
    const people = [facilitator, anne, bram];
    await run(
      board,
      { type: 'setPhase', phaseId: 'actiepunten' },
      people,
      (d) => sessionIn(d).phaseId === 'actiepunten',
    );
    const id = addAction(facilitator.board.doc, { what: 'Leesplan', who: 'Team', when: 'mei' }, 'f');
    await until(bram.board, () => actionsOf(bram.board).length === 1, 'action relayed');
    await run(board, off, people, (d) => !sessionIn(d).actionsByParticipants);
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => addAction(doc, { what: 'Eigen plan', who: 'Anne' }, 'p'),
      (doc) => updateAction(doc, id, { what: 'Gekaapt' }, 'p'),
      (doc) => updateAction(doc, id, { done: true }, 'p'),
      (doc) => deleteAction(doc, id, 'p'),
    ];
    for (const attempt of attempts) {
      const p = await participant();
      await until(p.board, () => actionsOf(p.board).length === 1, 'action synced');
      await expectRefused(p.board, () => attempt(p.board.doc), 'not-allowed-in-phase', facilitator, [anne, bram]);
    }
    expect(actionsOf(bram.board)).toEqual([expect.objectContaining({ id, what: 'Leesplan', done: false })]);
  });

  it('accepts and relays the same action writes while actionsByParticipants is on', async () => {
    const { board, facilitator, anne, bram } = await room();
    const people = [facilitator, anne, bram];
    await run(board, off, people, (d) => !sessionIn(d).actionsByParticipants);
    await run(
      board,
      { type: 'setPhase', phaseId: 'actiepunten' },
      people,
      (d) => sessionIn(d).phaseId === 'actiepunten',
    );
    await run(board, { ...off, on: true }, people, (d) => sessionIn(d).actionsByParticipants);
    const id = addAction(facilitator.board.doc, { what: 'Leesplan', who: 'Team', when: 'mei' }, 'f');
    await until(anne.board, () => actionsOf(anne.board).length === 1, 'action relayed');
    const own = addAction(anne.board.doc, { what: 'Eigen plan', who: 'Anne', when: 'juni' }, 'p');
    updateAction(anne.board.doc, id, { what: 'Leesplan groep 5', done: true }, 'p');
    for (const p of [facilitator, bram]) {
      await until(p.board, () => actionsOf(p.board).find((a) => a.id === id)?.done === true, 'edit relayed');
      expect(actionsOf(p.board).find((a) => a.id === own)).toMatchObject({ what: 'Eigen plan', who: 'Anne' });
      expect(actionsOf(p.board).find((a) => a.id === id)?.what).toBe('Leesplan groep 5');
    }
    expect(anne.board.denied).toEqual([]);
    expect(anne.board.closes).toEqual([]);
  });

  it('stores a facilitator’s action point linked to a zone', async () => {
    const { board, facilitator, bram } = await room();
    await run(board, off, [facilitator], (d) => !sessionIn(d).actionsByParticipants);
    const id = addAction(facilitator.board.doc, { what: 'Feedbackcultuur', who: 'MT', zoneId: 'cultuur' }, 'f');
    await until(bram.board, () => actionsOf(bram.board).length === 1, 'action relayed');
    expect(actionsOf(bram.board)[0]).toMatchObject({ id, zoneId: 'cultuur', what: 'Feedbackcultuur' });
    // Relayed only once appended, so SQLite has it now.
    const stored = await suite.server.storage.loadDoc(board.id);
    const doc = new Y.Doc();
    if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    const action = doc.getMap('actions').get(id);
    expect(action instanceof Y.Map ? readAction(action) : undefined).toMatchObject({
      id,
      zoneId: 'cultuur',
      who: 'MT',
    });
  });

  it.each([true, false])(
    'publishes tallies with voters only when votes are not anonymous (anonymous: %s)',
    async (anonymous) => {
      const { board, facilitator, anne, bram } = await room();
      const a = addNote(facilitator.board.doc, { x: 0, y: 0, text: 'A' }, 'f');
      const b = addNote(facilitator.board.doc, { x: 300, y: 0, text: 'B' }, 'f');
      await until(bram.board, () => notesOf(bram.board.doc).size === 2, 'notes');
      const people = [facilitator, anne, bram];
      const open = { type: 'openVoting', perParticipant: 3, maxPerTarget: 0, anonymous };
      await run(board, open, people, (d) => sessionIn(d).voting.status === 'open');
      profileOf(anne.own.doc).set('name', 'Anne Jansen');
      profileOf(bram.own.doc).set('name', 'Bram Smit');
      myVotesOf(anne.own.doc).set(a, 2);
      myVotesOf(bram.own.doc).set(a, 1);
      myVotesOf(bram.own.doc).set(b, 1);
      await until(facilitator.board, () => sessionIn(facilitator.board.doc).votesCast === 4, 'votes cast');
      await run(board, { type: 'closeVoting' }, people, (d) => resultsOf(d).get('votes') !== undefined);
      for (const p of people) {
        const tallies = readBoard(p.board.doc).results.votes;
        if (anonymous) {
          expect(tallies).toEqual({ [a]: { count: 3 }, [b]: { count: 1 } });
          const published = JSON.stringify(resultsOf(p.board.doc).toJSON());
          for (const who of ['Anne Jansen', 'Bram Smit', anne.board.participantId, bram.board.participantId])
            expect(published).not.toContain(who);
          // Names never reach anyone's board connection, not even inside an earlier frame.
          expect(sawText(p.board, 'Anne Jansen') || sawText(p.board, 'Bram Smit')).toBe(false);
        } else {
          expect(tallies?.[a]).toEqual({ count: 3, voters: expect.arrayContaining(['Anne Jansen', 'Anne Jansen']) });
          expect(tallies?.[a]?.voters).toContain('Bram Smit');
          expect(tallies?.[b]).toEqual({ count: 1, voters: ['Bram Smit'] });
        }
      }
    },
  );

  it('in anonymous mode refuses a note with an author and relays notes without one', async () => {
    const { board, facilitator, anne, bram, participant } = await room();
    const people = [facilitator, anne, bram];
    const before = addNote(anne.board.doc, { x: 0, y: 0, text: 'eerder', authorId: anne.board.participantId }, 'p');
    await until(bram.board, () => readBoard(bram.board.doc).notes[0]?.authorId === anne.board.participantId, 'note');
    await run(board, { type: 'setAnonymous', on: true }, people, (d) => readBoard(d).notes[0]?.authorId === '');
    const anne2 = await participant();
    await expectRefused(
      anne2.board,
      () => addNote(anne2.board.doc, { x: 10, y: 10, text: 'met naam', authorId: anne2.board.participantId }, 'p'),
      'not-yours',
      facilitator,
      [anne, bram],
    );
    const anne3 = await participant();
    const id = addNote(anne3.board.doc, { x: 20, y: 20, text: 'zonder naam' }, 'p');
    for (const p of [facilitator, bram]) {
      await until(p.board, () => notesOf(p.board.doc).has(id), 'anonymous note relayed');
      expect(readBoard(p.board.doc).notes.every((n) => n.authorId === '')).toBe(true);
    }
    // A newcomer's copy of the board carries no trace of either author.
    const fresh = await participant();
    const notes = readBoard(fresh.board.doc).notes;
    expect(notes.filter((n) => n.id === before || n.id === id).length).toBe(2);
    expect(notes.every((n) => n.authorId === '')).toBe(true);
    for (const who of [anne.board.participantId, anne2.board.participantId])
      expect(sawText(fresh.board, who)).toBe(false);
  });

  it('leaves every other board untouched when a locked board refuses a participant’s move', async () => {
    const { board, facilitator, anne, bram } = await room();
    const id = addNote(anne.board.doc, { x: 0, y: 0, text: 'vast' }, 'p');
    await until(bram.board, () => notesOf(bram.board.doc).has(id), 'note');
    await run(board, { type: 'setLocked', on: true }, [facilitator, anne, bram], (d) => sessionIn(d).locked);
    const move = () => moveNotes(anne.board.doc, [{ id, x: 999, y: 999 }], 'p');
    await expectRefused(anne.board, move, 'board-locked', facilitator, [bram]);
  });

  it('leaves every other board untouched when the phase refuses a participant’s new note', async () => {
    const { board, facilitator, anne, bram } = await room();
    const voting = { type: 'setPhase', phaseId: 'stemmen' };
    await run(board, voting, [facilitator, anne, bram], (d) => sessionIn(d).phaseId === 'stemmen');
    const add = () => addNote(anne.board.doc, { x: 0, y: 0, text: 'te laat' }, 'p');
    await expectRefused(anne.board, add, 'not-allowed-in-phase', facilitator, [bram]);
  });

  it('leaves every board and the other participants’ votes untouched when a vote is over budget', async () => {
    const { board, facilitator, anne, bram } = await room();
    const a = addNote(facilitator.board.doc, { x: 0, y: 0, text: 'A' }, 'f');
    const b = addNote(facilitator.board.doc, { x: 300, y: 0, text: 'B' }, 'f');
    const people = [facilitator, anne, bram];
    const open = { type: 'openVoting', perParticipant: 2, maxPerTarget: 0, anonymous: true };
    await run(board, open, people, (d) => sessionIn(d).voting.status === 'open' && notesOf(d).size === 2);
    myVotesOf(anne.own.doc).set(a, 1);
    myVotesOf(bram.own.doc).set(a, 1);
    myVotesOf(bram.own.doc).set(b, 1);
    await until(facilitator.board, () => sessionIn(facilitator.board.doc).votesCast === 3, 'votes cast');
    const anneVotes = docJson(anne.own, 'private');
    await expectRefused(bram.own, () => myVotesOf(bram.own.doc).set(a, 2), 'vote-budget', facilitator, [anne, bram]);
    // Anne's next dot is counted once: the refused one never was.
    myVotesOf(anne.own.doc).set(b, 1);
    await until(facilitator.board, () => sessionIn(facilitator.board.doc).votesCast === 4, 'votes cast');
    await until(bram.board, () => sessionIn(bram.board.doc).votesCast === 4, 'votes cast relayed');
    expect(docJson(anne.own, 'private')).toEqual({ ...anneVotes, votes: { [a]: 1, [b]: 1 } });
    // Bram's stored votes are those from before the refusal.
    const bramAgain = await join(suite.server.wsUrl, board.id, undefined, bram.own.secret);
    suite.track(bramAgain);
    expect(myVotesOf(bramAgain.own.doc).toJSON()).toEqual({ [a]: 1, [b]: 1 });
  });
});
