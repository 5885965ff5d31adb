/**
 * The export formats: file extension, Content-Type and renderer, all from one validated
 * snapshot of the board (readBoard). The XLSX, DOCX and PDF writers (exceljs, docx, pdfkit:
 * half the server's heap) load on their first use, not with the server.
 */
import type { BoardSnapshot, Lang } from '@plg/shared';
import { type AuthorNames, buildReport } from './reportModel.js';
import { toBackup } from './toBackup.js';
import { type CsvSeparator, toCsv } from './toCsv.js';
import { toMarkdown } from './toMarkdown.js';

export interface ExportOptions {
  /** Report language; the board's own language by default. */
  lang?: Lang;
  separator?: CsvSeparator;
  now?: number;
  /** Participants' display names, for the author column (left out in anonymous mode anyway). */
  authorNames?: AuthorNames;
}

export interface ExportFormat {
  contentType: string;
  render(snapshot: BoardSnapshot, options: ExportOptions): Promise<Buffer>;
}

const report = (snapshot: BoardSnapshot, options: ExportOptions) =>
  buildReport(snapshot, options.lang ?? snapshot.meta?.lang ?? 'nl', options.now, options.authorNames);

export const EXPORT_FORMATS = {
  json: {
    contentType: 'application/json; charset=utf-8',
    render: async (snapshot, options) =>
      Buffer.from(`${JSON.stringify(toBackup(snapshot, options.now), null, 2)}\n`, 'utf8'),
  },
  csv: {
    contentType: 'text/csv; charset=utf-8',
    render: async (snapshot, options) => toCsv(report(snapshot, options), options.separator),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: async (snapshot, options) => (await import('./toXlsx.js')).toXlsx(report(snapshot, options)),
  },
  md: {
    contentType: 'text/markdown; charset=utf-8',
    render: async (snapshot, options) => toMarkdown(report(snapshot, options)),
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (snapshot, options) => (await import('./toDocx.js')).toDocx(report(snapshot, options)),
  },
  pdf: {
    contentType: 'application/pdf',
    render: async (snapshot, options) => (await import('./toPdf.js')).toPdf(report(snapshot, options)),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];
