/**
 * CSV export: one row per note, UTF-8 with a byte order mark (so Excel reads the diacritics),
 * `;` by default as Dutch Excel expects, `,` on request.
 */
import Papa from 'papaparse';
import { noteTable } from './noteTable.js';
import type { Report } from './reportModel.js';

export type CsvSeparator = ';' | ',';

export function toCsv(report: Report, separator: CsvSeparator = ';'): Buffer {
  const { header, rows } = noteTable(report);
  const body = Papa.unparse({ fields: header, data: rows }, { delimiter: separator, newline: '\r\n', quotes: true });
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}
