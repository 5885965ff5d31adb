import { participantIdOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { cleanName, loadIdentity, saveName } from './identity';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('identity', () => {
  it('creates a secret once and derives the public id from it', () => {
    const store = memory();
    const first = loadIdentity(store);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.id).toBe(participantIdOf(first.secret));
    expect(first.name).toBe('');
    expect(loadIdentity(store)).toEqual(first);
  });

  it('remembers a cleaned name and survives a damaged entry', () => {
    const store = memory();
    const { secret } = loadIdentity(store);
    expect(saveName('  Anne   de  Vries ', store).name).toBe('Anne de Vries');
    expect(loadIdentity(store)).toMatchObject({ secret, name: 'Anne de Vries' });
    store.data.set('plg-board:identity', '{not json');
    expect(loadIdentity(store).secret).not.toBe(secret);
    expect(cleanName('x'.repeat(100))).toHaveLength(40);
  });
});
