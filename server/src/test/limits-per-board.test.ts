/**
 * Per-board and per-participant counts: zones, groups and action points per board, private drafts
 * per participant. The object past the limit is refused with `limit-reached` (4403) to its sender
 * only; every other client's board (and private document) stays as it was.
 */
import {
  actionsOf,
  addAction,
  addNotesTo,
  addZone,
  draftsOf,
  groupNotes,
  groupsOf,
  LIMITS,
  readSession,
  sessionOf,
  zonesOf,
} from '@plg/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { privateDocName } from '../session/privateDocs.js';
import { boardPolicy } from '../sync/policy.js';
import { MAX_DRAFTS, privatePolicy } from '../sync/privatePolicy.js';
import { barrier, command, docJson, join } from './sessionClient.js';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, until } from './yClient.js';

interface Case {
  what: string;
  max: number;
  map: (doc: Y.Doc) => Y.Map<unknown>;
  /** Adds one object; returns its id. */
  add: (doc: Y.Doc, i: number) => string;
}

const zone = (doc: Y.Doc, i: number) =>
  addZone(doc, { label: `Zone ${i}`, x: i * 10, y: 0, width: 100, height: 100, color: '#dde3ea' }, 'f');

const CASES: Case[] = [
  { what: 'zones', max: LIMITS.maxZonesPerBoard, map: zonesOf, add: zone },
  { what: 'groups', max: LIMITS.maxGroupsPerBoard, map: groupsOf, add: (d, i) => groupNotes(d, [], `Groep ${i}`, 'f') },
  {
    what: 'action points',
    max: LIMITS.maxActionsPerBoard,
    map: actionsOf,
    add: (d, i) => addAction(d, { what: `Actie ${i}` }, 'f'),
  },
];

describe('limits per board and per participant', () => {
  const suite = serverForSuite();

  it.each(CASES.map((c) => [c.what, c] as const))(
    '%s per board: the one past the limit is refused, nobody else’s board changes',
    async (_what, { max, map, add }) => {
      const { server } = suite;
      const board = await createBoard(server.url);
      // Fill the board to the limit as the server (a full board is a legitimate state).
      await server.app.rooms.change(board.id, boardPolicy, (doc) => {
        for (let i = map(doc).size; i < max; i++) add(doc, i);
      });
      const facilitator = connectClient(server.wsUrl, board.id, { key: board.facilitatorKey });
      const other = connectClient(server.wsUrl, board.id, { key: board.facilitatorKey });
      const participant = connectClient(server.wsUrl, board.id);
      suite.track(facilitator, other, participant);
      await Promise.all([synced(facilitator), synced(other), synced(participant)]);
      expect(map(participant.doc).size).toBe(max);
      const before = docJson(participant);

      const closed = nextClose(facilitator);
      add(facilitator.doc, max);
      expect((await closed).code).toBe(4403);
      expect(facilitator.denied).toEqual(['limit-reached']);

      // Everything relayed before the barrier note has arrived: the refused object never came.
      await barrier(other, [participant]);
      expect(docJson(participant)).toEqual(before);
      expect(docJson(other)).toEqual(before);
      const fresh = connectClient(server.wsUrl, board.id);
      suite.track(fresh);
      await synced(fresh);
      expect(docJson(fresh)).toEqual(before);
      expect(map(fresh.doc).size).toBe(max);
      // One fewer makes room again.
      await server.app.rooms.change(board.id, boardPolicy, (doc) => map(doc).delete([...map(doc).keys()][0] as string));
      await until(participant, () => map(participant.doc).size === max - 1, 'one object fewer');
      const again = connectClient(server.wsUrl, board.id, { key: board.facilitatorKey });
      suite.track(again);
      await synced(again);
      const id = add(again.doc, max + 1);
      await until(participant, () => map(participant.doc).has(id), 'the new object');
      expect(map(participant.doc).size).toBe(max);
      expect(again.closes).toEqual([]);
    },
  );

  it('private drafts per participant: the one past the limit is refused; other participants carry on', async () => {
    const { server } = suite;
    const board = await createBoard(server.url);
    const facilitator = await join(server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(server.wsUrl, board.id);
    const bram = await join(server.wsUrl, board.id);
    suite.track(facilitator, anne, bram);
    expect((await command(server.url, board, { type: 'setPrivateMode', on: true })).status).toBe(200);
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).privateMode, 'private mode');

    // Anne has written the most drafts one participant may hold.
    const anneId = anne.own.participantId;
    await server.app.rooms.change(
      board.id,
      privatePolicy,
      (doc) => {
        const inputs = Array.from({ length: MAX_DRAFTS }, (_, i) => ({ x: i, y: 0, text: `d${i}`, authorId: anneId }));
        addNotesTo(draftsOf(doc), inputs, 'seed');
      },
      privateDocName(board.id, anneId),
    );
    await until(anne.own, () => draftsOf(anne.own.doc).size === MAX_DRAFTS, 'anne’s drafts');
    // The limit is per participant: Bram may still write.
    addNotesTo(draftsOf(bram.own.doc), [{ x: 0, y: 0, text: 'bram', authorId: bram.own.participantId }], 'b');
    const count = (n: number) => () => readSession(sessionOf(facilitator.board.doc)).draftCount === n;
    await until(facilitator.board, count(MAX_DRAFTS + 1), 'draft count');
    const boardBefore = docJson(facilitator.board);
    const bramBefore = docJson(bram.own, 'private');

    const closed = nextClose(anne.own);
    addNotesTo(draftsOf(anne.own.doc), [{ x: 0, y: 0, text: 'één te veel', authorId: anneId }], 'a');
    expect((await closed).code).toBe(4403);
    expect(anne.own.denied).toEqual(['limit-reached']);
    // Only the private connection was refused; Anne's board connection stays.
    expect(anne.board.closes).toEqual([]);

    await barrier(facilitator.board, [anne.board, bram.board]);
    expect(docJson(facilitator.board)).toEqual(boardBefore);
    expect(readSession(sessionOf(bram.board.doc)).draftCount).toBe(MAX_DRAFTS + 1);
    expect(docJson(bram.own, 'private')).toEqual(bramBefore);
    // What the server kept of Anne's drafts: exactly the ones she had.
    const fresh = connectClient(server.wsUrl, `${board.id}/private`, { secret: anne.own.secret });
    suite.track(fresh);
    await synced(fresh);
    expect(draftsOf(fresh.doc).size).toBe(MAX_DRAFTS);
    expect(JSON.stringify(draftsOf(fresh.doc).toJSON())).not.toContain('één te veel');
  });
});
