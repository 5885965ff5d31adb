/**
 * A PDF table that never splits a row: each row is measured first and moves whole to the next
 * page (with the header repeated) when it does not fit. Optional colour swatch per row.
 */
import { FONT } from './fonts.js';
import { breathe, COLOR, contentWidth, MARGIN, newPage, placeBlock } from './page.js';
import { draw, measure } from './richText.js';

export interface Column {
  header: string;
  /** Share of the table width (the shares are normalised). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  size?: number;
  /** A colour square drawn at the start of each row (e.g. the note's colour). */
  swatches?: readonly (string | null)[];
  /** Points the first row must have below the header on the same page. */
  header?: boolean;
  /** A caption above the header repeated on a new page, so a reader knows what the rows belong to. */
  continued?: string;
}

const PAD = 4;
const SWATCH = 9;

/** Widths by share, but never narrower than a column's longest header word. */
function columnWidths(doc: PDFKit.PDFDocument, columns: readonly Column[], width: number, size: number): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  doc.font(FONT.bold).fontSize(size);
  const mins = columns.map((c) => Math.max(...c.header.split(/\s+/).map((w) => doc.widthOfString(w))) + 2 * PAD + 1);
  const widths = columns.map((c) => (c.width / total) * width);
  const deficit = widths.reduce((s, w, i) => s + Math.max(0, (mins[i] as number) - w), 0);
  const slack = widths.reduce((s, w, i) => s + Math.max(0, w - (mins[i] as number)), 0);
  if (deficit <= 0 || slack <= 0) return widths;
  const take = Math.min(1, deficit / slack);
  return widths.map((w, i) => {
    const min = mins[i] as number;
    return w < min ? min : w - (w - min) * take;
  });
}

/** Rows drawn between two breaks for the event loop. */
const ROWS_PER_SLICE = 40;

/** Column geometry and measuring for one table. */
function tableLayout(doc: PDFKit.PDFDocument, columns: readonly Column[], options: TableOptions) {
  const size = options.size ?? 9;
  const swatchW = options.swatches ? SWATCH + PAD * 2 : 0;
  const width = contentWidth(doc) - swatchW;
  const widths = columnWidths(doc, columns, width, size);
  const xs = widths.map((_, i) => MARGIN + swatchW + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const cellStyle = (i: number, bold = false) => ({
    font: bold ? FONT.bold : FONT.regular,
    size,
    width: (widths[i] as number) - 2 * PAD,
    align: columns[i]?.align ?? 'left',
    color: bold ? '#ffffff' : COLOR.text,
  });
  const headerHeight = Math.max(...columns.map((c, i) => measure(doc, c.header, cellStyle(i, true)))) + 2 * PAD;
  const rowHeight = (row: readonly string[]) =>
    Math.max(...row.map((cell, i) => measure(doc, cell, cellStyle(i)))) + 2 * PAD;
  return { swatchW, width, xs, cellStyle, headerHeight, rowHeight };
}

/** The height of a table's header and first row: what must fit for the table to start on this page. */
export function tableLeadHeight(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): number {
  const { headerHeight, rowHeight } = tableLayout(doc, columns, options);
  return headerHeight + (rows[0] ? rowHeight(rows[0]) : 0);
}

export async function drawTable(
  doc: PDFKit.PDFDocument,
  y: number,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): Promise<number> {
  const { swatchW, width, xs, cellStyle, headerHeight, rowHeight } = tableLayout(doc, columns, options);

  const drawHeader = (top: number): number => {
    doc
      .save()
      .rect(MARGIN, top, swatchW + width, headerHeight)
      .fill(COLOR.accent)
      .restore();
    columns.forEach((c, i) => {
      draw(doc, c.header, (xs[i] as number) + PAD, top + PAD, cellStyle(i, true));
    });
    return top + headerHeight;
  };

  let top = placeBlock(doc, y, headerHeight + (rows[0] ? rowHeight(rows[0]) : 0));
  top = drawHeader(top);
  for (const [r, row] of rows.entries()) {
    if (r > 0 && r % ROWS_PER_SLICE === 0) await breathe();
    const h = rowHeight(row);
    if (top + h > doc.page.height - MARGIN) {
      top = newPage(doc);
      if (options.continued) {
        const caption = { size: 8.5, color: COLOR.muted, width: swatchW + width };
        draw(doc, options.continued, MARGIN, top, caption);
        top += measure(doc, options.continued, caption) + 4;
      }
      top = drawHeader(top);
    }
    if (r % 2 === 1)
      doc
        .save()
        .rect(MARGIN, top, swatchW + width, h)
        .fill(COLOR.zebra)
        .restore();
    const swatch = options.swatches?.[r];
    if (swatch) {
      doc
        .save()
        .roundedRect(MARGIN + PAD, top + PAD + 1, SWATCH, SWATCH, 1.5)
        .fillAndStroke(swatch, '#8a8a8a')
        .restore();
    }
    row.forEach((cell, i) => {
      draw(doc, cell, (xs[i] as number) + PAD, top + PAD, cellStyle(i));
    });
    doc
      .save()
      .moveTo(MARGIN, top + h)
      .lineTo(MARGIN + swatchW + width, top + h)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke()
      .restore();
    top += h;
  }
  return top + 8;
}
