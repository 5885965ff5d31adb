import { describe, expect, it } from 'vitest';
import { exportFileName, isoDay, readableName } from './fileName';

describe('export file names', () => {
  it('uses the date in Dutch time', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(isoDay(Date.UTC(2025, 2, 31, 23, 30))).toBe('2025-04-01');
  });

  it('cleans titles of path, control and quote characters', () => {
    expect(readableName('  Studie/dag: "PLG"\u0000 ')).toBe('Studie dag PLG');
    expect(readableName('...')).toBe('PLG-bord');
    expect(readableName('')).toBe('PLG-bord');
  });

  it('names whole-board and per-zone images', () => {
    const at = Date.UTC(2025, 2, 14, 9);
    expect(exportFileName('Studiedag één', at, 'png')).toBe('Studiedag één 2025-03-14.png');
    expect(exportFileName('Studiedag', at, 'png', 'HR-beleid')).toBe('Studiedag - HR-beleid 2025-03-14.png');
  });
});
