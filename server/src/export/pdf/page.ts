/**
 * Page geometry and flow for the PDF: A4 margins, "does this fit, else a new page",
 * section headings, and the footer drawn on every page at the end.
 */
import { FONT } from './fonts.js';
import { draw, measure } from './richText.js';

export const MARGIN = 50;
export const COLOR = {
  accent: '#2f4a6d',
  text: '#1f1f1f',
  muted: '#666666',
  rule: '#c9d1dc',
  zebra: '#f4f6f9',
} as const;

/** Lets the event loop run (websocket relays) between slices of a long synchronous render. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - 2 * MARGIN;
}

export function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN;
}

/** Starts a new portrait page and returns its top. */
export function newPage(doc: PDFKit.PDFDocument, layout: 'portrait' | 'landscape' = 'portrait'): number {
  doc.addPage({ size: 'A4', layout, margin: MARGIN });
  return MARGIN;
}

/** `y` if `height` fits below it on this page, else the top of a new page. */
export function placeBlock(doc: PDFKit.PDFDocument, y: number, height: number): number {
  return y + height <= bottom(doc) ? y : newPage(doc);
}

const sectionStyle = (doc: PDFKit.PDFDocument) =>
  ({ font: FONT.bold, size: 17, color: COLOR.accent, width: contentWidth(doc) - 24 }) as const;
const subStyle = (doc: PDFKit.PDFDocument) =>
  ({ font: FONT.bold, size: 11.5, color: COLOR.text, width: contentWidth(doc) - 90 }) as const;

/** The height `sectionHeading` takes, up to where the content below it starts. */
export function sectionHeadingHeight(doc: PDFKit.PDFDocument, title: string): number {
  return measure(doc, title, sectionStyle(doc)) + 26;
}

/** The height `subHeading` takes, up to where the content below it starts. */
export function subHeadingHeight(doc: PDFKit.PDFDocument, title: string): number {
  return measure(doc, title, subStyle(doc)) + 7;
}

/** A section heading: a coloured band with the title (zone colour or the accent). */
export function sectionHeading(doc: PDFKit.PDFDocument, y: number, title: string, band = '#e6ecf3'): number {
  const width = contentWidth(doc);
  const style = sectionStyle(doc);
  const h = measure(doc, title, style) + 16;
  doc.save().roundedRect(MARGIN, y, width, h, 4).fill(band).restore();
  doc.save().rect(MARGIN, y, 5, h).fill(COLOR.accent).restore();
  draw(doc, title, MARGIN + 16, y + 8, style);
  return y + h + 10;
}

/** A sub-heading (group or part), kept on the page with at least `keepWith` points after it. */
export function subHeading(doc: PDFKit.PDFDocument, y: number, title: string, keepWith = 40, right = ''): number {
  const width = contentWidth(doc);
  const style = subStyle(doc);
  const h = measure(doc, title, style);
  const top = placeBlock(doc, y, h + 6 + keepWith);
  draw(doc, title, MARGIN, top, style);
  if (right)
    draw(doc, right, MARGIN + width - 90, top + 1, { size: 9.5, color: COLOR.accent, width: 90, align: 'right' });
  doc
    .save()
    .moveTo(MARGIN, top + h + 2)
    .lineTo(MARGIN + width, top + h + 2)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke()
    .restore();
  return top + h + 7;
}

/** Draws "title · Page i of n" on every buffered page. */
export function drawFooters(doc: PDFKit.PDFDocument, left: string, page: (i: number, n: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN / 2 - 6;
    const width = contentWidth(doc);
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
    doc.text(left, MARGIN, y, { width: width * 0.7, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(page(i + 1, range.count), MARGIN + width * 0.7, y, {
      width: width * 0.3,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}
