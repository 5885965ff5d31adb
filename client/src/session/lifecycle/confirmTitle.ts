/**
 * Deleting a board asks for its name to be typed. Spacing, letter case and Unicode composition
 * do not count (a title may hold "é" typed either way); every character does.
 */
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export function titleMatches(typed: string, title: string): boolean {
  const want = normalise(title);
  return want.length > 0 && normalise(typed) === want;
}
