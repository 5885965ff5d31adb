import { describe, expect, it } from 'vitest';
import { fitText, type Measure, wrapText } from './fitText';

// A monospace fake: every character is 0.5 em wide.
const mono: Measure = (text, fontSize) => Array.from(text).length * fontSize * 0.5;
const opts = { maxFontSize: 30, minFontSize: 10, lineHeight: 1.25, padding: 10 };

describe('wrapText', () => {
  it('wraps on spaces, keeps line breaks, breaks words that are too long', () => {
    expect(wrapText('aa bb cc', 25, 10, mono)).toEqual(['aa bb', 'cc']);
    expect(wrapText('één\n\ntwee', 100, 10, mono)).toEqual(['één', '', 'twee']);
    expect(wrapText('abcdefghij', 20, 10, mono)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a 😀😀😀😀😀', 20, 10, mono)).toEqual(['a', '😀😀😀😀', '😀']);
  });
});

describe('fitText', () => {
  it('uses the largest size for short text', () => {
    const r = fitText('Ja', 200, 160, mono, opts);
    expect(r).toEqual({ fontSize: 30, lines: ['Ja'], overflow: false });
  });

  it('shrinks longer text until it fits, and the result really fits', () => {
    const text = 'Wij willen elke week samen lessen voorbereiden en bij elkaar kijken in de klas';
    const r = fitText(text, 200, 160, mono, opts);
    expect(r.overflow).toBe(false);
    expect(r.fontSize).toBeLessThan(30);
    expect(r.fontSize).toBeGreaterThanOrEqual(10);
    for (const line of r.lines) expect(mono(line, r.fontSize)).toBeLessThanOrEqual(180);
    expect(r.lines.length * r.fontSize * 1.25).toBeLessThanOrEqual(140);
    // One size larger would not fit.
    const bigger = wrapText(text, 180, r.fontSize + 1, mono);
    expect(bigger.length * (r.fontSize + 1) * 1.25).toBeGreaterThan(140);
    expect(r.lines.join(' ')).toBe(text);
  });

  it('cuts text that does not fit even at the smallest size, with an ellipsis', () => {
    const r = fitText('woord '.repeat(200), 200, 160, mono, opts);
    expect(r.overflow).toBe(true);
    expect(r.fontSize).toBe(10);
    expect(r.lines.at(-1)?.endsWith('…')).toBe(true);
    expect(r.lines.length * 10 * 1.25).toBeLessThanOrEqual(140);
  });

  it('prefers a smaller size over splitting a word', () => {
    const r = fitText('Data-team oprichten', 200, 160, mono, opts);
    expect(r.lines).toEqual(['Data-team', 'oprichten']);
    // A word too long for any size is still split rather than overflowing.
    const long = fitText('Leerlingresultatenbespreking', 100, 160, mono, opts);
    expect(long.overflow).toBe(false);
    expect(long.lines.length).toBeGreaterThan(1);
  });

  it('handles empty text and tiny notes', () => {
    expect(fitText('', 200, 160, mono, opts).lines).toEqual([]);
    const tiny = fitText('hallo', 60, 60, mono, opts);
    expect(tiny.fontSize).toBeLessThanOrEqual(40 / 1.25);
  });
});
