import { describe, expect, it } from 'vitest';
import { downloadName, slugify } from './fileName.js';

describe('download file names', () => {
  it('makes an ASCII-safe slug of the title', () => {
    expect(slugify('Studiedag PLG')).toBe('studiedag-plg');
    expect(slugify('Één team — coördinatie & ideeën ✨')).toBe('een-team-coordinatie-ideeen');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('✨✨')).toBe('plg-bord');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });

  it('gives a Content-Disposition with a plain and a UTF-8 file name, dated in Dutch time', () => {
    // 2026-11-24 23:30 UTC is already 25 November in Amsterdam.
    const { fileName, disposition } = downloadName('Studiedag "PLG" / één', Date.UTC(2026, 10, 24, 23, 30), 'pdf');
    expect(fileName).toBe('studiedag-plg-een-2026-11-25.pdf');
    expect(disposition).toBe(
      `attachment; filename="studiedag-plg-een-2026-11-25.pdf"; filename*=UTF-8''Studiedag%20PLG%20%C3%A9%C3%A9n%202026-11-25.pdf`,
    );
  });
});
