/**
 * Turns the rows of an uploaded table into notes on a board: finds the text, zone and colour
 * columns, matches zones by id or label in either language, places the notes and reports every
 * row it skipped (and why). Runs inside the board change, on the current document.
 */
import {
  addNotesTo,
  HEX_COLOR,
  LANGS,
  LIMITS,
  type NewNote,
  NOTE_COLORS,
  notesOf,
  readBoard,
  SERVER_ORIGIN,
  type Zone,
  zoneText,
} from '@plg/shared';
import type * as Y from 'yjs';
import { LABELS } from '../export/labels.js';
import { NotePlacer } from './placeNotes.js';
import type { Table } from './readTable.js';

export interface ImportResult {
  added: number;
  skipped: { row: number; reason: string }[];
}

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
const TEXT_HEADERS = new Set(['tekst', 'text']);
const ZONE_HEADERS = new Set(['zone', 'onderdeel', 'kernelement']);
const COLOUR_HEADERS = new Set(['kleur', 'colour', 'color']);

/** Lower-cased zone ids and labels (as written, and the template's in nl and en) → zone id. */
function zoneIndex(zones: readonly Zone[], templateId: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const zone of zones) {
    if (zone.kind !== 'area') continue;
    const names = [zone.id, zone.label, ...LANGS.map((lang) => zoneText(zone, templateId, lang).label)];
    if (zone.templateKey) names.push(zone.templateKey);
    for (const name of names) if (!index.has(norm(name))) index.set(norm(name), zone.id);
  }
  return index;
}

/** Palette names in both languages and ids → hex. */
function colourIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of NOTE_COLORS) {
    index.set(c.id, c.hex);
    for (const lang of LANGS) index.set(norm(LABELS[lang].colours[c.id]), c.hex);
  }
  return index;
}

export function importRows(doc: Y.Doc, table: Table, now = Date.now()): ImportResult {
  const board = readBoard(doc);
  const skipped: ImportResult['skipped'] = [...table.broken];
  const first = table.rows[0];
  const header = first?.cells.map(norm) ?? [];
  const hasHeader = header.some((h) => TEXT_HEADERS.has(h) || ZONE_HEADERS.has(h) || COLOUR_HEADERS.has(h));
  const textCol = hasHeader
    ? Math.max(
        0,
        header.findIndex((h) => TEXT_HEADERS.has(h)),
      )
    : 0;
  const zoneCol = hasHeader ? header.findIndex((h) => ZONE_HEADERS.has(h)) : -1;
  const colourCol = hasHeader ? header.findIndex((h) => COLOUR_HEADERS.has(h)) : -1;
  const zones = zoneIndex(board.zones, board.meta?.templateId ?? 'empty');
  const colours = colourIndex();
  const placer = new NotePlacer(board.zones, board.notes);
  let room = LIMITS.maxNotesPerBoard - notesOf(doc).size;
  const inputs: NewNote[] = [];

  for (const { row, cells } of hasHeader ? table.rows.slice(1) : table.rows) {
    const text = (cells[textCol] ?? '').replace(/\r\n?/g, '\n').trim();
    if (!text) {
      skipped.push({ row, reason: 'empty text' });
      continue;
    }
    if (text.length > LIMITS.maxNoteTextLength) {
      skipped.push({ row, reason: `text longer than ${LIMITS.maxNoteTextLength} characters` });
      continue;
    }
    if (room <= 0) {
      skipped.push({ row, reason: `the board is full (${LIMITS.maxNotesPerBoard} notes)` });
      continue;
    }
    const zoneName = zoneCol >= 0 ? norm(cells[zoneCol] ?? '') : '';
    const zoneId = zoneName ? (zones.get(zoneName) ?? null) : null;
    const colourCell = colourCol >= 0 ? norm(cells[colourCol] ?? '') : '';
    const color = colours.get(colourCell) ?? (HEX_COLOR.test(colourCell) ? colourCell : undefined);
    const at = placer.place(zoneId);
    inputs.push({ ...at, text, color, authorId: '', createdAt: now + inputs.length });
    room--;
  }
  if (inputs.length > 0) addNotesTo(notesOf(doc), inputs, SERVER_ORIGIN);
  skipped.sort((a, b) => a.row - b.row);
  return { added: inputs.length, skipped };
}
