import { describe, expect, it } from 'vitest';
import { NOTE_COLORS, noteColorByHex } from './colors.js';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

describe('note colours', () => {
  it('offers at least 8 distinct colours with black text readable on each (WCAG AAA, ≥ 7:1)', () => {
    expect(NOTE_COLORS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(NOTE_COLORS.map((c) => c.hex)).size).toBe(NOTE_COLORS.length);
    for (const c of NOTE_COLORS) expect((luminance(c.hex) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
    expect(noteColorByHex('#FFF176')?.id).toBe('yellow');
  });
});
