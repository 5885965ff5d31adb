/**
 * Reads an uploaded CSV (papaparse, BOM and `;`/`,` detected) or XLSX (exceljs, first sheet)
 * into rows of strings, keeping every row's number in the file and any row it could not read.
 */
import Papa from 'papaparse';
import { invalidInput } from '../errors.js';

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface TableRow {
  /** 1-based row number in the file (as a spreadsheet shows it). */
  row: number;
  cells: string[];
}

export interface Table {
  rows: TableRow[];
  /** Rows that could not be read, with the reason. */
  broken: { row: number; reason: string }[];
}

/** `;`, `,` or tab: whichever occurs most (outside quotes) in the first non-empty line. */
function guessDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const unquoted = line.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

/** UTF-8, or Windows-1252 as Dutch Excel writes "CSV (gescheiden door lijstscheidingsteken)". */
function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

export function readCsv(body: Buffer): Table {
  const text = decodeText(body).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw invalidInput('This is not a text (CSV) file.');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const broken = new Map<number, string>();
  for (const e of parsed.errors) if (typeof e.row === 'number') broken.set(e.row + 1, e.message);
  const rows: TableRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (broken.has(i + 1)) return;
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ row: i + 1, cells });
  });
  return { rows, broken: [...broken].map(([row, reason]) => ({ row, reason: `could not be read: ${reason}` })) };
}

/** Most bytes an uploaded workbook may unpack to (guards against zip bombs). */
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** The uncompressed size the zip's central directory declares; null when it is not a zip. */
function declaredUnzippedSize(zip: Buffer): number | null {
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  for (let eocd = zip.length - 22; eocd >= Math.max(0, zip.length - 65_557); eocd--) {
    if (zip.readUInt32LE(eocd) !== 0x06054b50) continue;
    const entries = zip.readUInt16LE(eocd + 10);
    let at = zip.readUInt32LE(eocd + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      // Central directory file header: signature 0x02014b50; sizes at +24; name/extra/comment lengths at +28.
      if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
      total += zip.readUInt32LE(at + 24);
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return total;
  }
  return null;
}

export async function readXlsx(body: Buffer): Promise<Table> {
  const size = declaredUnzippedSize(body);
  if (size === null) throw invalidInput('This is not a readable Excel (.xlsx) file.');
  if (size > MAX_UNZIPPED_BYTES) throw invalidInput('This Excel file unpacks to more than 64 MB; split it up.');
  // exceljs loads on the first spreadsheet read, not with the server.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw invalidInput('This is not a readable Excel (.xlsx) file.');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw invalidInput('The Excel file has no worksheet.');
  const rows: TableRow[] = [];
  const broken: Table['broken'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Error) {
        broken.push({ row: rowNumber, reason: `cell ${cell.address} holds an error value` });
        return;
      }
      cells.push(cell.text ?? '');
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return { rows, broken };
}
