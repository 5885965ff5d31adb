/**
 * The PDF's embedded fonts and emoji fallback: DejaVu Sans for text (all Dutch diacritics),
 * Symbola for monochrome emoji. Text is split into runs per font; what no font covers becomes ◇,
 * so nothing is ever drawn as a tofu box. See server/assets/fonts/README.md.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT = { regular: 'PlgRegular', bold: 'PlgBold', emoji: 'PlgEmoji' } as const;
export type TextFont = typeof FONT.regular | typeof FONT.bold;
export type RunFont = TextFont | typeof FONT.emoji;

/** Drawn for a character no embedded font covers. */
export const MISSING_GLYPH = '◇';

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);
const FILES = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
  [FONT.emoji]: 'SymbolaEmoji.ttf',
} as const;

interface LoadedFont {
  data: Buffer;
  /** Whether the font has a glyph for a code point (cached). */
  covers(codePoint: number): boolean;
}

let loaded: Record<RunFont, LoadedFont> | null = null;

/** The font files and their coverage, read once per process. */
export function fonts(): Record<RunFont, LoadedFont> {
  if (loaded) return loaded;
  // pdfkit's own fontkit, so coverage is judged exactly as pdfkit will draw.
  const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
    create(data: Buffer): FontkitFont;
  };
  const load = (file: string): LoadedFont => {
    const data = readFileSync(new URL(file, FONT_DIR));
    const font = fontkit.create(data);
    const cache = new Map<number, boolean>();
    return {
      data,
      covers(cp) {
        let hit = cache.get(cp);
        if (hit === undefined) {
          hit = font.hasGlyphForCodePoint(cp);
          cache.set(cp, hit);
        }
        return hit;
      },
    };
  };
  loaded = {
    [FONT.regular]: load(FILES[FONT.regular]),
    [FONT.bold]: load(FILES[FONT.bold]),
    [FONT.emoji]: load(FILES[FONT.emoji]),
  };
  return loaded;
}

/** Registers the three fonts with a document and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font.data);
  doc.font(FONT.regular);
}

/** Invisible joiners and modifiers that only matter to colour emoji fonts. */
function ignorable(cp: number): boolean {
  return (
    cp === 0x200d || // zero-width joiner: 👩‍🏫 is drawn as 👩🏫
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0000 && cp <= 0xe007f) || // tags
    cp === 0x200b ||
    cp === 0xfeff
  );
}

export interface Run {
  font: RunFont;
  text: string;
}

/** Splits `text` into runs of one font each, `base` where it covers the character. */
export function textRuns(text: string, base: TextFont): Run[] {
  const f = fonts();
  const runs: Run[] = [];
  const push = (font: RunFont, s: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += s;
    else runs.push({ font, text: s });
  };
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\n') push(base, ch);
    else if (ch === '\t' || (cp < 0x20 && cp !== 0x0a) || cp === 0x7f) push(base, ' ');
    else if (ignorable(cp)) continue;
    else if (f[base].covers(cp)) push(base, ch);
    else if (f[FONT.emoji].covers(cp)) push(FONT.emoji, ch);
    else push(base, MISSING_GLYPH);
  }
  return runs;
}

/** `text` with every character the base font lacks left out (for tiny labels in the board picture). */
export function baseFontText(text: string, base: TextFont = FONT.regular): string {
  return textRuns(text, base)
    .filter((r) => r.font !== FONT.emoji)
    .map((r) => r.text)
    .join('')
    .replaceAll(MISSING_GLYPH, '');
}
