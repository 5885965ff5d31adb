import { describe, expect, it } from 'vitest';
import { checkVotes, votesLeft } from './votes.js';

const voting = { status: 'open' as const, perParticipant: 3, maxPerTarget: 2, anonymous: true };
const exists = (id: string) => id !== 'gone';

describe('checkVotes', () => {
  it('accepts votes within the budget and per-item maximum', () => {
    expect(checkVotes({ a: 2, b: 1 }, voting, exists)).toBeNull();
    expect(checkVotes({ a: 0, gone: 0 }, voting, exists)).toBeNull();
    expect(votesLeft({ a: 2 }, voting)).toBe(1);
  });

  it('refuses over budget, over the per-item maximum, unknown targets and odd values', () => {
    expect(checkVotes({ a: 2, b: 2 }, voting, exists)).toBe('over budget');
    expect(checkVotes({ a: 3 }, voting, exists)).toBe('too many votes on one item');
    expect(checkVotes({ a: 3 }, { ...voting, maxPerTarget: 0 }, exists)).toBeNull();
    expect(checkVotes({ gone: 1 }, voting, exists)).toBe('vote on an unknown note or group');
    expect(checkVotes({ a: 1.5 }, voting, exists)).toBe('vote must be a whole number');
    expect(checkVotes({ a: '1' }, voting, exists)).toBe('vote must be a whole number');
  });
});
