import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './contentDisposition';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename* over the ASCII filename', () => {
    const header =
      'attachment; filename="studiedag-plg-een-2025-03-14.pdf"; filename*=UTF-8\'\'Studiedag%20PLG%20%E2%80%94%20%C3%A9%C3%A9n%202025-03-14.pdf';
    expect(fileNameFromDisposition(header)).toBe('Studiedag PLG — één 2025-03-14.pdf');
  });

  it('reads quoted and bare filenames', () => {
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
    expect(fileNameFromDisposition('attachment; filename=report.md')).toBe('report.md');
  });

  it('drops paths and answers null without a usable name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="ok.json"')).toBe('ok.json');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
