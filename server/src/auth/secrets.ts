/**
 * Secrets: board ids, viewer ids and facilitator keys come from the CSPRNG (128 bits); keys are
 * stored only as SHA-256 hashes and compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { newSecret } from '@plg/shared';

/** SHA-256 of a key, hex. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether `key` hashes to `expectedHash`, in time independent of where they differ. */
export function keyMatches(key: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashKey(key), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Fresh identifiers for a new board. */
export function newBoardSecrets(): { id: string; viewId: string; facilitatorKey: string } {
  return { id: newSecret(), viewId: newSecret(), facilitatorKey: newSecret() };
}
