import { addNote, type CreateBoardResponse, notesOf, readSession, resultsOf, sessionOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { barrier, command, counted, docJson, join, type Person } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, until } from './yClient.js';

describe('facilitator commands and phase lists, enforced by the server', () => {
  const suite = serverForSuite();
  const url = () => suite.server.url;
  const sessionIn = (doc: Y.Doc) => readSession(sessionOf(doc));

  async function room() {
    const board = await createBoard(url());
    const facilitator = await join(suite.server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(suite.server.wsUrl, board.id);
    const bram = await join(suite.server.wsUrl, board.id);
    suite.track(facilitator, anne, bram);
    let joined = 3;
    await counted([facilitator, anne, bram], joined);
    const people = [facilitator, anne, bram];
    const participant = async () => {
      const p = await join(suite.server.wsUrl, board.id);
      suite.track(p);
      await counted([facilitator, anne, bram, p], ++joined);
      return p;
    };
    return { board, facilitator, anne, bram, people, participant };
  }

  /** Applies the session command and waits until `seen` holds on every client's board. */
  async function run(
    board: CreateBoardResponse,
    body: Record<string, unknown>,
    clients: Person[],
    seen: (doc: Y.Doc) => boolean,
  ) {
    const res = await command(url(), board, body);
    expect(res.status).toBe(200);
    await Promise.all(clients.map((c) => until(c.board, () => seen(c.board.doc), JSON.stringify(body))));
    return res.body.session;
  }

  /** The `session` map each client sees, once everything the server relayed so far has arrived. */
  async function sessions(facilitator: Person, people: Person[]) {
    await barrier(
      facilitator.board,
      people.map((p) => p.board),
    );
    return people.map((p) => docJson(p.board).session);
  }

  it('refuses voting and other commands without the key (401) or with a wrong one (403); no session changes', async () => {
    const { board, facilitator, people } = await room();
    const other = await createBoard(url());
    const open = { type: 'openVoting', perParticipant: 2, maxPerTarget: 1, anonymous: false };
    await run(board, open, people, (d) => sessionIn(d).voting.status === 'open');
    const before = await sessions(facilitator, people);
    for (const body of [
      { type: 'openVoting', perParticipant: 20, maxPerTarget: 0, anonymous: true },
      { type: 'closeVoting' },
      { type: 'resetVoting' },
      { type: 'setPhases', phases: [{ id: 'stemmen', label: 'Gekaapt', skipped: false }] },
      { type: 'setAnonymous', on: true },
      { type: 'spotlight', zoneId: 'hr' },
    ]) {
      const missing = await command(url(), board, body, null);
      expect([missing.status, missing.body.error?.code]).toEqual([401, 'UNAUTHORIZED']);
      for (const key of ['wrong-key-wrong-key-xx', other.facilitatorKey]) {
        const wrong = await command(url(), board, body, key);
        expect([wrong.status, wrong.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect(await sessions(facilitator, people)).toEqual(before);
    expect(resultsOf(facilitator.board.doc).get('votes')).toBeUndefined();
    const fresh = connectClient(suite.server.wsUrl, board.id);
    suite.track(fresh);
    await synced(fresh);
    expect(docJson(fresh).session).toEqual(before[0]);
  });

  it('refuses a participant’s own writes to the session and results maps, leaving every client unchanged', async () => {
    const { board, facilitator, people, participant } = await room();
    await run(board, { type: 'setPhase', phaseId: 'verkennen' }, people, (d) => sessionIn(d).phaseId === 'verkennen');
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => sessionOf(doc).set('voting', { status: 'open', perParticipant: 20, maxPerTarget: 0, anonymous: true }),
      (doc) => sessionOf(doc).set('phaseId', 'afsluiting'),
      (doc) => sessionOf(doc).set('anonymous', true),
      (doc) => resultsOf(doc).set('votes', { x: { count: 99 } }),
    ];
    for (const attempt of attempts) {
      const p = await participant();
      const before = await sessions(facilitator, people);
      const beforeResults = people.map((q) => docJson(q.board).results);
      const closed = nextClose(p.board);
      attempt(p.board.doc);
      expect((await closed).code).toBe(4403);
      expect(p.board.denied).toEqual(['facilitator-only']);
      expect(await sessions(facilitator, people)).toEqual(before);
      expect(people.map((q) => docJson(q.board).results)).toEqual(beforeResults);
    }
    expect(sessionIn(facilitator.board.doc).voting.status).toBe('idle');
  });

  it('renames, reorders and removes phases; refuses a removed phase; applies rules by phase', async () => {
    const { board, facilitator, anne, bram, people, participant } = await room();
    const phases = [
      { id: 'stemmen', label: 'Kiezen', skipped: false },
      { id: 'verkennen', label: 'Ideeën ophalen', skipped: false },
      { id: 'clusteren', label: '', skipped: true },
      { id: 'actiepunten', label: 'Afspraken', skipped: false },
    ];
    const set = await run(
      board,
      { type: 'setPhases', phases },
      people,
      (d) => JSON.stringify(sessionIn(d).phases) === JSON.stringify(phases),
    );
    expect(set?.phases).toEqual(phases);
    for (const p of people) expect(docJson(p.board).session).toMatchObject({ phases });

    // A phase that was removed cannot be started: 400 with a JSON error, and nothing changes.
    const before = await sessions(facilitator, people);
    for (const phaseId of ['onthullen', 'afsluiting']) {
      const res = await command(url(), board, { type: 'setPhase', phaseId });
      expect([res.status, res.body.error?.code]).toEqual([400, 'INVALID_INPUT']);
    }
    expect(await sessions(facilitator, people)).toEqual(before);

    // A skipped phase stays in the list, so the facilitator may still go to it.
    await run(board, { type: 'setPhase', phaseId: 'clusteren' }, people, (d) => sessionIn(d).phaseId === 'clusteren');

    // The rules follow the phase, wherever it now stands in the list.
    await run(board, { type: 'setPhase', phaseId: 'stemmen' }, people, (d) => sessionIn(d).phaseId === 'stemmen');
    await barrier(
      facilitator.board,
      people.map((p) => p.board),
    );
    const boards = [facilitator, bram].map((p) => docJson(p.board));
    const closed = nextClose(anne.board);
    addNote(anne.board.doc, { x: 0, y: 0, text: 'te laat' }, 'p');
    expect((await closed).code).toBe(4403);
    expect(anne.board.denied).toEqual(['not-allowed-in-phase']);
    await barrier(facilitator.board, [facilitator.board, bram.board]);
    expect([facilitator, bram].map((p) => docJson(p.board))).toEqual(boards);

    // Anne's refused connection stays closed; the others follow the phase.
    await run(
      board,
      { type: 'setPhase', phaseId: 'verkennen' },
      [facilitator, bram],
      (d) => sessionIn(d).phaseId === 'verkennen',
    );
    const anne2 = await participant();
    const id = addNote(anne2.board.doc, { x: 0, y: 0, text: 'nieuw idee' }, 'p');
    await until(bram.board, () => notesOf(bram.board.doc).has(id), 'note relayed');
    expect(anne2.board.denied).toEqual([]);
    expect(sessionIn(bram.board.doc).phases).toEqual(phases);

    // A plan that drops the running phase, or names a phase twice, is refused and changes nothing.
    const plan = await sessions(facilitator, [bram]);
    const withoutCurrent = phases.filter((p) => p.id !== 'verkennen');
    const twice = [...phases, { id: 'stemmen', label: 'Nog eens', skipped: false }];
    for (const bad of [withoutCurrent, twice]) {
      const res = await command(url(), board, { type: 'setPhases', phases: bad });
      expect([res.status, res.body.error?.code]).toEqual([400, 'INVALID_INPUT']);
    }
    expect(await sessions(facilitator, [bram])).toEqual(plan);
  });
});
