/**
 * The browser's text measure for fitText: canvas measureText at a reference size, scaled
 * linearly, with a bounded cache (widths are measured once per distinct string).
 */
import type { Measure } from './fitText';
import { NOTE_STYLE } from './noteStyle';

const REFERENCE_SIZE = 100;
const MAX_CACHE = 20_000;

export function createCanvasMeasure(
  fontFamily: string = NOTE_STYLE.fontFamily,
  fontWeight: string = NOTE_STYLE.fontWeight,
): Measure {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  if (ctx) ctx.font = `${fontWeight} ${REFERENCE_SIZE}px ${fontFamily}`;
  return (text, fontSize) => {
    let w = cache.get(text);
    if (w === undefined) {
      // Without a canvas (tests, very old browsers) assume an average glyph of 0.55 em.
      w = ctx ? ctx.measureText(text).width : Array.from(text).length * REFERENCE_SIZE * 0.55;
      if (cache.size > MAX_CACHE) cache.clear();
      cache.set(text, w);
    }
    return (w * fontSize) / REFERENCE_SIZE;
  };
}

let shared: Measure | null = null;
/** One measure for the whole page. */
export function noteMeasure(): Measure {
  if (!shared) shared = createCanvasMeasure();
  return shared;
}
