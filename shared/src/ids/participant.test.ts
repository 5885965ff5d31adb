import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSecret } from './newId.js';
import { PARTICIPANT_SECRET, participantIdOf } from './participant.js';

describe('participantIdOf', () => {
  it('is SHA-256 based, stable, and differs per secret', () => {
    const secret = newSecret();
    expect(secret).toMatch(PARTICIPANT_SECRET);
    const expected = createHash('sha256').update(`plg-participant:${secret}`).digest('base64url').slice(0, 16);
    expect(participantIdOf(secret)).toBe(expected);
    expect(participantIdOf(secret)).toBe(participantIdOf(secret));
    expect(participantIdOf(newSecret())).not.toBe(participantIdOf(secret));
  });
});
