/**
 * Visual constants of a sticky note, shared by the canvas node, the in-place editor and
 * fitText, so the text wraps the same way in all three.
 */
export const NOTE_STYLE = {
  padding: 14,
  maxFontSize: 48,
  minFontSize: 9,
  lineHeight: 1.2,
  cornerRadius: 6,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontWeight: '500',
  textColor: '#1b1b1b',
} as const;

/** Below this on-screen font size (device px) a note is drawn without text (level of detail). */
export const MIN_READABLE_PX = 5;
