import { describe, expect, it } from 'vitest';
import { neutralise } from './spreadsheetSafety.js';

describe('spreadsheet formula injection', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['Één idee', ' =niet aan het begin', '', '5 minuten', "'al veilig"]) {
      expect(neutralise(value)).toBe(value);
    }
  });
});
