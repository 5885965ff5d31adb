/**
 * The sticky-note palette: light tints that black text reads well on (contrast ≥ 10:1),
 * chosen from colour-blind-safe hues (Okabe–Ito family) and always shown with a name.
 */
export const NOTE_COLORS = [
  { id: 'yellow', hex: '#fff176' },
  { id: 'orange', hex: '#ffc680' },
  { id: 'red', hex: '#ffaaa0' },
  { id: 'pink', hex: '#f8bbd9' },
  { id: 'purple', hex: '#d4c2f7' },
  { id: 'blue', hex: '#a8d4f7' },
  { id: 'teal', hex: '#9fe3d5' },
  { id: 'green', hex: '#c5e89a' },
  { id: 'grey', hex: '#dedede' },
  { id: 'white', hex: '#ffffff' },
] as const;

export type NoteColorId = (typeof NOTE_COLORS)[number]['id'];

/** The colour a new note gets. */
export const DEFAULT_NOTE_COLOR = NOTE_COLORS[0].hex;

/** The palette entry for a hex colour, if it is one of ours. */
export function noteColorByHex(hex: string): (typeof NOTE_COLORS)[number] | undefined {
  const lower = hex.toLowerCase();
  return NOTE_COLORS.find((c) => c.hex === lower);
}

/** `#rrggbb`, lower or upper case. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
