/**
 * Paints one sticky note with the plain canvas 2D API, in board units under the caller's
 * transform. One painter for the canvas tiles, the drag layer and the PNG export, so a note
 * looks the same everywhere. Level of detail follows `scale` (device pixels per board unit):
 * tiny notes are plain rectangles, unreadable text is left out, shadows only where they show.
 */
import type { Note } from '@plg/shared';
import { MIN_READABLE_PX, NOTE_STYLE } from '../noteStyle';
import { maxFontFor, noteLayout } from './noteLayout';

export type NoteShadow = 'none' | 'soft' | 'lifted';

export interface NotePaint {
  /** Device pixels per board unit where this is drawn. */
  scale: number;
  /** Size override (resize preview). */
  width?: number;
  height?: number;
  hideText?: boolean;
  shadow?: NoteShadow;
}

/** Below this on-screen width (px) a note is a plain coloured rectangle. */
const PLAIN_BELOW_PX = 14;
/** Below this scale the soft shadow is not drawn (it would be a smudge under a small card). */
const SHADOW_FROM_SCALE = 0.45;
/** How far paint reaches outside the note's box (shadows), in board units. */
export const NOTE_PAINT_MARGIN = 24;

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  if (ctx.roundRect) ctx.roundRect(x, y, w, h, r);
  else ctx.rect(x, y, w, h);
}

export function paintNote(ctx: CanvasRenderingContext2D, note: Note, x: number, y: number, paint: NotePaint): void {
  const width = paint.width ?? note.width;
  const height = paint.height ?? note.height;
  const { scale } = paint;
  if (width * scale < PLAIN_BELOW_PX) {
    ctx.fillStyle = note.color;
    ctx.fillRect(x, y, width, height);
    return;
  }
  const shadow = paint.shadow ?? 'soft';
  ctx.save();
  if (shadow === 'lifted' || (shadow === 'soft' && scale >= SHADOW_FROM_SCALE)) {
    const lifted = shadow === 'lifted';
    ctx.shadowColor = lifted ? 'rgba(0,0,0,0.28)' : 'rgba(0,0,0,0.22)';
    ctx.shadowBlur = (lifted ? 18 : 8) * scale;
    ctx.shadowOffsetY = (lifted ? 8 : 3) * scale;
  }
  roundRect(ctx, x, y, width, height, NOTE_STYLE.cornerRadius);
  ctx.fillStyle = note.color;
  ctx.fill();
  ctx.restore();
  if (scale >= 0.3) {
    ctx.strokeStyle = 'rgba(0,0,0,0.10)';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  if (paint.hideText || !note.text.trim() || maxFontFor(height) * scale < MIN_READABLE_PX) return;
  const layout = noteLayout(note, width, height);
  if (layout.fontSize * scale < MIN_READABLE_PX) return;
  const lineHeight = layout.fontSize * NOTE_STYLE.lineHeight;
  const top = Math.max(NOTE_STYLE.padding, (height - layout.lines.length * lineHeight) / 2);
  ctx.font = `${NOTE_STYLE.fontWeight} ${layout.fontSize}px ${NOTE_STYLE.fontFamily}`;
  ctx.fillStyle = NOTE_STYLE.textColor;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const cx = x + width / 2;
  for (let i = 0; i < layout.lines.length; i++) {
    const line = layout.lines[i] as string;
    if (line) ctx.fillText(line, cx, y + top + (i + 0.5) * lineHeight);
  }
}
