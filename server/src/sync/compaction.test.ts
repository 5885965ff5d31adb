import { describe, expect, it } from 'vitest';
import { compactionDue, HARD_BYTES, HARD_UPDATES, SOFT_BYTES, SOFT_UPDATES } from './compaction.js';

describe('compactionDue', () => {
  it('leaves a short log alone', () => {
    expect(compactionDue({ logCount: SOFT_UPDATES - 1, logBytes: SOFT_BYTES - 1 })).toBe('no');
  });

  it('waits for a quiet moment past the soft limit, by count or by bytes', () => {
    expect(compactionDue({ logCount: SOFT_UPDATES, logBytes: 0 })).toBe('when-quiet');
    expect(compactionDue({ logCount: 1, logBytes: SOFT_BYTES })).toBe('when-quiet');
  });

  it('compacts at once past the hard limit, by count or by bytes', () => {
    expect(compactionDue({ logCount: HARD_UPDATES, logBytes: 0 })).toBe('now');
    expect(compactionDue({ logCount: 1, logBytes: HARD_BYTES })).toBe('now');
  });
});
