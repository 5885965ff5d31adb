/**
 * Dot-voting rules, shared so the client can show what the server will accept.
 */
import type { Voting } from '../schema/session.js';

/** Why a participant's votes break the rules, or null when they are fine. */
export function checkVotes(
  votes: Readonly<Record<string, unknown>>,
  voting: Voting,
  targetExists: (id: string) => boolean,
): string | null {
  let total = 0;
  for (const [target, value] of Object.entries(votes)) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return 'vote must be a whole number';
    if (value === 0) continue;
    if (!targetExists(target)) return 'vote on an unknown note or group';
    if (voting.maxPerTarget > 0 && value > voting.maxPerTarget) return 'too many votes on one item';
    total += value;
  }
  return total > voting.perParticipant ? 'over budget' : null;
}

/** Votes a participant has left. */
export function votesLeft(votes: Readonly<Record<string, number>>, voting: Voting): number {
  let used = 0;
  for (const v of Object.values(votes)) used += v;
  return Math.max(0, voting.perParticipant - used);
}
