// @vitest-environment node
import { myVotesOf, type Voting } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canAddDot, changeDot, rankTallies, readDots, votesLeft, withDot } from './voteMath';

const voting: Voting = { status: 'open', perParticipant: 3, maxPerTarget: 2, anonymous: true };
const exists = (id: string) => ['a', 'b', 'g'].includes(id);

describe('dot voting', () => {
  it('adds and takes back dots, dropping empty entries', () => {
    expect(withDot({}, 'a', 1)).toEqual({ a: 1 });
    expect(withDot({ a: 1 }, 'a', -1)).toEqual({});
    expect(withDot({ a: 2, b: 1 }, 'b', 1)).toEqual({ a: 2, b: 2 });
  });

  it('allows a dot only within the budget, the per-item maximum and on existing items', () => {
    expect(canAddDot({}, voting, 'a', exists)).toBe(true);
    expect(canAddDot({ a: 2 }, voting, 'a', exists)).toBe(false); // max 2 per item
    expect(canAddDot({ a: 2, b: 1 }, voting, 'g', exists)).toBe(false); // budget of 3 spent
    expect(canAddDot({}, voting, 'nope', exists)).toBe(false);
    expect(canAddDot({}, { ...voting, status: 'closed' }, 'a', exists)).toBe(false);
    expect(canAddDot({ a: 2 }, { ...voting, maxPerTarget: 0 }, 'a', exists)).toBe(true); // 0: no maximum
    expect(votesLeft({ a: 2 }, voting)).toBe(1);
  });

  it('writes dots into the private votes map and refuses to go over budget', () => {
    const doc = new Y.Doc();
    expect(changeDot(doc, voting, 'a', 1, exists, 'me')).toBe(true);
    expect(changeDot(doc, voting, 'a', 1, exists, 'me')).toBe(true);
    expect(changeDot(doc, voting, 'a', 1, exists, 'me')).toBe(false);
    expect(changeDot(doc, voting, 'b', 1, exists, 'me')).toBe(true);
    expect(changeDot(doc, voting, 'g', 1, exists, 'me')).toBe(false);
    expect(readDots(myVotesOf(doc))).toEqual({ a: 2, b: 1 });
    expect(changeDot(doc, voting, 'b', -1, exists, 'me')).toBe(true);
    expect(changeDot(doc, voting, 'b', -1, exists, 'me')).toBe(false);
    expect(myVotesOf(doc).has('b')).toBe(false);
    expect(changeDot(doc, voting, 'g', 1, exists, 'me')).toBe(true);
  });

  it('ranks tallies with shared ranks for ties', () => {
    const ranked = rankTallies(
      { a: { count: 2 }, b: { count: 5, voters: ['Anne'] }, c: { count: 2 }, d: { count: 0 } },
      (id) => ['c', 'a', 'b'].indexOf(id),
    );
    expect(ranked).toEqual([
      { id: 'b', count: 5, rank: 1, voters: ['Anne'] },
      { id: 'c', count: 2, rank: 2 },
      { id: 'a', count: 2, rank: 2 },
    ]);
  });
});
