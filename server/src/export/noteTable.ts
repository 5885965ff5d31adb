/**
 * The notes as a table (one row per note), shared by the CSV and the XLSX export: header in the
 * report language, the author column only when the board is not anonymous, every text cell
 * neutralised against formula injection.
 */
import { type Report, reportRows } from './reportModel.js';
import { neutralise } from './spreadsheetSafety.js';

export type Cell = string | number;

export interface NoteTable {
  header: string[];
  rows: Cell[][];
  /** Index of the note text column (wrapped and wide in XLSX). */
  textColumn: number;
}

export function noteTable(report: Report): NoteTable {
  const { t, anonymous } = report;
  const header = [t.zone, t.group, t.text, t.colour, t.votes, ...(anonymous ? [] : [t.author]), t.createdAt];
  const rows = reportRows(report).map((n) => [
    neutralise(n.zoneLabel),
    neutralise(n.groupLabel),
    neutralise(n.text),
    neutralise(n.colourName),
    n.votes,
    ...(anonymous ? [] : [neutralise(n.author ?? '')]),
    new Date(n.createdAt).toISOString(),
  ]);
  return { header, rows, textColumn: 2 };
}
