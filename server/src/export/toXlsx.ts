/**
 * XLSX export (exceljs): sheet 1 the notes (as the CSV), sheet 2 the action points, sheet 3 the
 * self-assessment. Header rows styled and frozen; text wrapped; nothing is ever a formula.
 */
import ExcelJS from 'exceljs';
import { type Cell, noteTable } from './noteTable.js';
import type { Report } from './reportModel.js';
import { neutralise } from './spreadsheetSafety.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4A6D' } };

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = HEADER_FILL;
  head.alignment = { vertical: 'middle', wrapText: true };
  head.height = 20;
  for (const row of rows) {
    // Plain strings and numbers only: exceljs writes a formula only for { formula } values.
    const added = sheet.addRow(row);
    added.alignment = { vertical: 'top', wrapText: true };
  }
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

export async function toXlsx(report: Report): Promise<Buffer> {
  const { t } = report;
  const book = new ExcelJS.Workbook();
  book.creator = 'PLG-bord';
  book.created = new Date(report.exportedAt);
  book.title = report.title;

  const notes = noteTable(report);
  const noteWidths: number[] = notes.header.map((_, i) => (i === notes.textColumn ? 60 : i === 0 || i === 1 ? 26 : 14));
  noteWidths[notes.header.length - 1] = 24;
  addSheet(book, t.sheetNotes, notes.header, notes.rows, noteWidths);

  addSheet(
    book,
    t.sheetActions,
    [t.who, t.what, t.when, t.zone, t.done],
    report.actions.map((a) => [
      neutralise(a.who),
      neutralise(a.what),
      neutralise(a.when),
      neutralise(a.zoneLabel),
      a.done ? t.yes : t.no,
    ]),
    [22, 60, 18, 26, 8],
  );

  const levels = t.levels.map((l, i) => `${i + 1} ${l}`);
  const assessed = report.zones.filter((z) => z.assessment);
  addSheet(
    book,
    t.sheetAssessment,
    [t.zone, t.count, t.average, t.min, t.max, ...levels],
    assessed.map((z) => {
      const a = z.assessment!;
      return [neutralise(z.label), a.count, Math.round(a.average * 100) / 100, a.min, a.max, ...a.distribution];
    }),
    [30, 10, 12, 10, 10, 14, 16, 14, 14],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
