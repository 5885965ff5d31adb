import { describe, expect, it } from 'vitest';
import { baseFontText, FONT, MISSING_GLYPH, textRuns } from './fonts.js';

describe('PDF fonts and emoji fallback', () => {
  it('keeps Dutch text in the text font and sends emoji to the emoji font', () => {
    expect(textRuns('Één keer per week overleg ✨👩‍🏫', FONT.regular)).toEqual([
      { font: FONT.regular, text: 'Één keer per week overleg ' },
      { font: FONT.emoji, text: '✨👩🏫' },
    ]);
  });

  it('drops selectors and skin tones, and draws what no font has as ◇ instead of tofu', () => {
    expect(textRuns('👍🏽 ok ❤️', FONT.bold)).toEqual([
      { font: FONT.emoji, text: '👍' },
      { font: FONT.bold, text: ' ok ❤' },
    ]);
    // U+1F973 (party face, Unicode 11) is newer than the emoji font.
    expect(textRuns('feest 🥳', FONT.regular)).toEqual([{ font: FONT.regular, text: `feest ${MISSING_GLYPH}` }]);
    expect(textRuns('a\tb\u0007c', FONT.regular)).toEqual([{ font: FONT.regular, text: 'a b c' }]);
  });

  it('leaves emoji out of tiny labels', () => {
    expect(baseFontText('Personeel & HR-beleid 🌱')).toBe('Personeel & HR-beleid ');
  });
});
