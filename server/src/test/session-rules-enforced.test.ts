import {
  addNote,
  groupNotes,
  moveNotes,
  myAssessmentOf,
  myVotesOf,
  profileOf,
  readBoard,
  readSession,
  resultsOf,
  sessionOf,
  timerRemaining,
} from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { command, join } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { nextClose, until } from './yClient.js';

describe('the facilitated session, enforced by the server', () => {
  const suite = serverForSuite();

  async function room() {
    const board = await createBoard(suite.server.url);
    const facilitator = await join(suite.server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(suite.server.wsUrl, board.id);
    const bram = await join(suite.server.wsUrl, board.id);
    suite.track(facilitator, anne, bram);
    return { board, facilitator, anne, bram };
  }

  it('refuses session commands without the key (401) or with a wrong one (403)', async () => {
    const { board } = await room();
    for (const body of [
      { type: 'setPhase', phaseId: 'stemmen' },
      { type: 'timer', action: 'start' },
      { type: 'setLocked', on: true },
    ]) {
      expect((await command(suite.server.url, board, body, null)).status).toBe(401);
      const wrong = await command(suite.server.url, board, body, 'wrong-key-wrong-key-xx');
      expect(wrong.status).toBe(403);
      expect(wrong.body.error?.code).toBe('FORBIDDEN');
    }
    expect((await command(suite.server.url, board, { type: 'nope' })).status).toBe(400);
    expect(
      (
        await command(suite.server.url, board, {
          type: 'openVoting',
          perParticipant: 0,
          maxPerTarget: 0,
          anonymous: true,
        })
      ).status,
    ).toBe(400);
  });

  it('locks the board for participants: a refused edit leaves every board unchanged and the sender told', async () => {
    const { board, facilitator, anne, bram } = await room();
    const id = addNote(anne.board.doc, { x: 0, y: 0, text: 'vast' }, 'a');
    await until(bram.board, () => readBoard(bram.board.doc).notes.length === 1, 'note');
    await command(suite.server.url, board, { type: 'setLocked', on: true });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).locked, 'locked');
    const closed = nextClose(anne.board);
    moveNotes(anne.board.doc, [{ id, x: 999, y: 999 }], 'a');
    expect((await closed).code).toBe(4403);
    expect(anne.board.denied).toEqual(['board-locked']);
    // The facilitator still edits; others never saw Anne's move.
    moveNotes(facilitator.board.doc, [{ id, x: 50, y: 50 }], 'f');
    await until(bram.board, () => readBoard(bram.board.doc).notes[0]?.x === 50, 'facilitator move');
    expect(readBoard(facilitator.board.doc).notes[0]?.x).toBe(50);
  });

  it('applies phase rules: no new notes while voting', async () => {
    const { board, anne } = await room();
    await command(suite.server.url, board, { type: 'setPhase', phaseId: 'stemmen' });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).phaseId === 'stemmen', 'phase');
    const closed = nextClose(anne.board);
    addNote(anne.board.doc, { x: 0, y: 0, text: 'te laat' }, 'a');
    expect((await closed).code).toBe(4403);
    expect(anne.board.denied).toEqual(['not-allowed-in-phase']);
  });

  it('runs the timer on the server clock: start, pause, +1 minute, reset', async () => {
    const { board } = await room();
    await command(suite.server.url, board, { type: 'setTimer', durationMs: 300_000 });
    const started = await command(suite.server.url, board, { type: 'timer', action: 'start' });
    const t0 = started.body.session!.timer;
    expect(t0.startedAt).toBeGreaterThan(Date.now() - 5000);
    expect(timerRemaining(t0, t0.startedAt!)).toBe(300_000);
    const paused = (await command(suite.server.url, board, { type: 'timer', action: 'pause' })).body.session!.timer;
    expect(paused.startedAt).toBeNull();
    expect(paused.remainingMs).toBeLessThanOrEqual(300_000);
    const plus = (await command(suite.server.url, board, { type: 'timer', action: 'addMinute' })).body.session!.timer;
    expect(plus.remainingMs).toBe(paused.remainingMs + 60_000);
    const reset = (await command(suite.server.url, board, { type: 'timer', action: 'reset' })).body.session!.timer;
    expect(reset).toEqual({ durationMs: 300_000, remainingMs: 300_000, startedAt: null });
  });

  it('keeps dot votes within the budget, hides tallies until voting closes, then publishes them', async () => {
    const { board, facilitator, anne, bram } = await room();
    const a = addNote(facilitator.board.doc, { x: 0, y: 0, text: 'A' }, 'f');
    const b = addNote(facilitator.board.doc, { x: 300, y: 0, text: 'B' }, 'f');
    const group = groupNotes(facilitator.board.doc, [b], 'Groep', 'f');
    await until(anne.board, () => readBoard(anne.board.doc).notes.length === 2, 'notes');
    await command(suite.server.url, board, {
      type: 'openVoting',
      perParticipant: 3,
      maxPerTarget: 2,
      anonymous: false,
    });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).voting.status === 'open', 'voting open');
    profileOf(anne.own.doc).set('name', 'Anne');
    myVotesOf(anne.own.doc).set(a, 2);
    myVotesOf(anne.own.doc).set(group, 1);
    myVotesOf(bram.own.doc).set(a, 1);
    await until(facilitator.board, () => readSession(sessionOf(facilitator.board.doc)).votesCast === 4, 'votes cast');
    expect(resultsOf(bram.board.doc).get('votes')).toBeUndefined();

    // Over the per-item maximum, then over budget: refused, and the sender's private doc is told.
    const closed = nextClose(bram.own);
    myVotesOf(bram.own.doc).set(a, 3);
    expect((await closed).code).toBe(4403);
    const bram2 = await join(suite.server.wsUrl, board.id);
    suite.track(bram2);
    myVotesOf(bram2.own.doc).set(a, 2);
    myVotesOf(bram2.own.doc).set(b, 1);
    await until(facilitator.board, () => readSession(sessionOf(facilitator.board.doc)).votesCast === 7, 'votes cast 7');
    const closed2 = nextClose(bram2.own);
    myVotesOf(bram2.own.doc).set(group, 1);
    expect((await closed2).code).toBe(4403);
    expect(bram2.own.denied).toEqual(['vote-budget']);

    await command(suite.server.url, board, { type: 'closeVoting' });
    await until(bram.board, () => resultsOf(bram.board.doc).get('votes') !== undefined, 'tallies');
    const tallies = resultsOf(bram.board.doc).get('votes') as Record<string, { count: number; voters?: string[] }>;
    expect(tallies[a]).toEqual({ count: 5, voters: expect.arrayContaining(['Anne', 'Anne', '', '']) });
    expect(tallies[group]?.count).toBe(1);
    expect(tallies[b]?.count).toBe(1);
    // No votes once closed.
    const closed3 = nextClose(anne.own);
    myVotesOf(anne.own.doc).delete(a);
    expect((await closed3).code).toBe(4403);
  });

  it('collects the self-assessment privately and reveals the team’s spread per element', async () => {
    const { board, facilitator, anne, bram } = await room();
    await command(suite.server.url, board, { type: 'openAssessment' });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).assessment === 'open', 'open');
    myAssessmentOf(anne.own.doc).set('cultuur', 2);
    myAssessmentOf(anne.own.doc).set('hr', 4);
    myAssessmentOf(bram.own.doc).set('cultuur', 3);
    await until(facilitator.board, () => readSession(sessionOf(facilitator.board.doc)).assessedCount === 2, 'assessed');
    const bad = nextClose(bram.own);
    myAssessmentOf(bram.own.doc).set('cultuur', 7);
    expect((await bad).code).toBe(4403);
    await command(suite.server.url, board, { type: 'revealAssessment' });
    await until(anne.board, () => resultsOf(anne.board.doc).get('assessment') !== undefined, 'revealed');
    expect(readBoard(anne.board.doc).results.assessment).toEqual({ cultuur: [2, 3], hr: [4] });
  });

  it('counts participants, follows, spotlights and summons', async () => {
    const { board, anne } = await room();
    await until(anne.board, () => readBoard(anne.board.doc).results.participantCount === 3, 'three participants');
    await command(suite.server.url, board, { type: 'setFollowMe', on: true });
    await command(suite.server.url, board, { type: 'spotlight', zoneId: 'leiderschap' });
    await command(suite.server.url, board, { type: 'summon', x: 10, y: 20, zoom: 1.5 });
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).summon?.x === 10, 'summon');
    expect(readSession(sessionOf(anne.board.doc))).toMatchObject({ followMe: true, spotlightZoneId: 'leiderschap' });
  });
});
