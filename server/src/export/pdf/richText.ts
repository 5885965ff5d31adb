/**
 * Drawing and measuring text that may mix fonts (text plus emoji fallback) with pdfkit's
 * `continued` runs, so wrapping and selection work across them.
 */
import { FONT, type TextFont, textRuns } from './fonts.js';

export interface TextStyle {
  font?: TextFont;
  size: number;
  color?: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  lineGap?: number;
}

/** Height `text` takes at `style` (emoji measured as one em each). */
export function measure(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  const runs = textRuns(text || ' ', style.font ?? FONT.regular);
  const approx = runs.map((r) => (r.font === FONT.emoji ? 'M'.repeat([...r.text].length) : r.text)).join('');
  return doc
    .font(style.font ?? FONT.regular)
    .fontSize(style.size)
    .heightOfString(approx, { width: style.width, lineGap: style.lineGap ?? 1 });
}

/** Draws `text` with its top-left corner at (x, y); leaves doc.y below it. */
export function draw(doc: PDFKit.PDFDocument, text: string, x: number, y: number, style: TextStyle): void {
  const runs = textRuns(text || ' ', style.font ?? FONT.regular);
  doc.fontSize(style.size).fillColor(style.color ?? '#1f1f1f');
  runs.forEach((run, i) => {
    const continued = i < runs.length - 1;
    doc.font(run.font);
    if (i === 0) {
      doc.text(run.text, x, y, {
        width: style.width,
        align: style.align ?? 'left',
        lineGap: style.lineGap ?? 1,
        continued,
      });
    } else doc.text(run.text, { continued });
  });
  doc.font(FONT.regular);
}
