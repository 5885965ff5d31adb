import { describe, expect, it } from 'vitest';
import { parseVersions, reasonKey } from './versions';

describe('versions', () => {
  it('maps the reasons the server uses to translation keys; unknown ones to "other"', () => {
    expect(reasonKey('auto')).toBe('auto');
    expect(reasonKey('before-reveal')).toBe('beforeReveal');
    expect(reasonKey('before-import')).toBe('beforeImport');
    expect(reasonKey('before-restore')).toBe('beforeRestore');
    expect(reasonKey('manual')).toBe('manual');
    expect(reasonKey('before-something-new')).toBe('other');
    expect(reasonKey('constructor')).toBe('other');
  });

  it('keeps well-formed entries, newest first', () => {
    const body = {
      versions: [
        { id: 1, boardId: 'b', createdAt: 1000, reason: 'auto', bytes: 10 },
        { id: 3, createdAt: 3000, reason: 'before-reveal' },
        { id: 2, createdAt: 3000, reason: 'manual' },
        { id: 'x', createdAt: 5000, reason: 'auto' },
        { id: 4, createdAt: null, reason: 'auto' },
        null,
        { id: 5, createdAt: 2000 },
      ],
    };
    expect(parseVersions(body)).toEqual([
      { id: 3, createdAt: 3000, reason: 'before-reveal' },
      { id: 2, createdAt: 3000, reason: 'manual' },
      { id: 5, createdAt: 2000, reason: '' },
      { id: 1, createdAt: 1000, reason: 'auto' },
    ]);
    expect(parseVersions(null)).toEqual([]);
    expect(parseVersions({ versions: 'no' })).toEqual([]);
  });
});
