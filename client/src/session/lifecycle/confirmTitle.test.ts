import { describe, expect, it } from 'vitest';
import { titleMatches } from './confirmTitle';

describe('titleMatches', () => {
  it('accepts the title as typed, ignoring case and spacing', () => {
    expect(titleMatches('Studiedag PLG', 'Studiedag PLG')).toBe(true);
    expect(titleMatches('  studiedag   plg ', 'Studiedag PLG')).toBe(true);
  });

  it('treats composed and decomposed accents alike', () => {
    expect(titleMatches('Cafe\u0301', 'Caf\u00e9')).toBe(true);
  });

  it('refuses anything else, and an empty title', () => {
    expect(titleMatches('Studiedag', 'Studiedag PLG')).toBe(false);
    expect(titleMatches('Studiedag PLG!', 'Studiedag PLG')).toBe(false);
    expect(titleMatches('', '')).toBe(false);
    expect(titleMatches(' ', '  ')).toBe(false);
  });
});
