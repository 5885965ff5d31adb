/**
 * Shrink-to-fit text layout for sticky notes: the largest font size (between a max and a min)
 * at which the wrapped text fits the note. Pure; the text measure is injected (canvas in the
 * browser, a fake in tests).
 */

/** Width of `text` at `fontSize`, in the same units as the box. */
export type Measure = (text: string, fontSize: number) => number;

export interface FitOptions {
  maxFontSize: number;
  minFontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Inner padding on every side. */
  padding: number;
}

export interface FitResult {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size does not fit (the text is cut with an ellipsis). */
  overflow: boolean;
}

/** Breaks a word wider than `maxWidth` into pieces that fit (by code point). */
function breakWord(word: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && measure(current + ch, fontSize) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy word wrap of `text` (keeping its own line breaks) into lines no wider than `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  return wrap(text, maxWidth, fontSize, measure).lines;
}

/** The wrapped lines, and whether a word had to be split to fit. */
function wrap(text: string, maxWidth: number, fontSize: number, measure: Measure): { lines: string[]; split: boolean } {
  const lines: string[] = [];
  let split = false;
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/ +/).filter((w, _i, all) => w !== '' || all.length === 1);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word, fontSize) <= maxWidth) line = word;
      else {
        split = true;
        const pieces = breakWord(word, maxWidth, fontSize, measure);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return { lines, split };
}

function fits(lines: string[], fontSize: number, height: number, opts: FitOptions): boolean {
  return lines.length * fontSize * opts.lineHeight <= height;
}

/** Lays `text` out in a `width`×`height` note at the largest font size that fits. */
export function fitText(text: string, width: number, height: number, measure: Measure, opts: FitOptions): FitResult {
  const innerW = Math.max(1, width - opts.padding * 2);
  const innerH = Math.max(1, height - opts.padding * 2);
  const max = Math.floor(Math.min(opts.maxFontSize, innerH / opts.lineHeight));
  const min = Math.min(opts.minFontSize, max);
  if (text.trim() === '') return { fontSize: max, lines: text === '' ? [] : [''], overflow: false };
  // Binary search on whole sizes (wrapping only gets taller as the font grows): first for the
  // largest size that keeps every word whole, and only if there is none, allowing splits.
  for (const allowSplit of [false, true]) {
    let lo = min;
    let hi = max;
    let best: { fontSize: number; lines: string[] } | null = null;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const { lines, split } = wrap(text, innerW, mid, measure);
      if (fits(lines, mid, innerH, opts) && (allowSplit || !split)) {
        best = { fontSize: mid, lines };
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best) return { ...best, overflow: false };
  }
  const lines = wrapText(text, innerW, min, measure);
  const room = Math.max(1, Math.floor(innerH / (min * opts.lineHeight)));
  const shown = lines.slice(0, room);
  const last = shown.length - 1;
  shown[last] = ellipsize(shown[last] ?? '', innerW, min, measure);
  return { fontSize: min, lines: shown, overflow: true };
}

function ellipsize(line: string, maxWidth: number, fontSize: number, measure: Measure): string {
  let cut = line;
  while (cut && measure(`${cut}…`, fontSize) > maxWidth) cut = Array.from(cut).slice(0, -1).join('');
  return `${cut}…`;
}
