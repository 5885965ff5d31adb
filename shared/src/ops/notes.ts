/**
 * Note operations: add, move, resize, recolour, delete. Each is one Yjs transaction.
 * Every op works on the board's `notes` by default; pass another notes map (a participant's
 * private `drafts`) as the last argument to change notes there (the transaction then runs on
 * that map's document).
 */
import * as Y from 'yjs';
import { newId } from '../ids/newId.js';
import { DEFAULT_NOTE_COLOR, HEX_COLOR } from '../schema/colors.js';
import { LIMITS } from '../schema/limits.js';
import { createNoteMap, DEFAULT_NOTE_SIZE, type Note } from '../schema/note.js';
import { clamp, mapIn, notesOf } from './access.js';

export interface NewNote {
  x: number;
  y: number;
  text?: string;
  width?: number;
  height?: number;
  color?: string;
  authorId?: string;
  groupId?: string;
  id?: string;
  createdAt?: number;
}

const coord = (v: number) => Math.round(clamp(v, -LIMITS.maxCoordinate, LIMITS.maxCoordinate));
const size = (v: number) => Math.round(clamp(v, LIMITS.minNoteSize, LIMITS.maxNoteSize));

/** Normalises a new note's input into a valid note (clamped, truncated, defaulted). */
export function normaliseNewNote(input: NewNote): Note {
  const note: Note = {
    id: input.id ?? newId(),
    text: (input.text ?? '').slice(0, LIMITS.maxNoteTextLength),
    x: coord(input.x),
    y: coord(input.y),
    width: size(input.width ?? DEFAULT_NOTE_SIZE.width),
    height: size(input.height ?? DEFAULT_NOTE_SIZE.height),
    color: input.color && HEX_COLOR.test(input.color) ? input.color.toLowerCase() : DEFAULT_NOTE_COLOR,
    createdAt: Math.max(0, Math.floor(input.createdAt ?? Date.now())),
    authorId: (input.authorId ?? '').slice(0, 64),
  };
  if (input.groupId) note.groupId = input.groupId;
  return note;
}

/** Adds notes to `target` (the board's `notes`, or a participant's `drafts`); returns their ids. */
export function addNotesTo(target: Y.Map<unknown>, inputs: readonly NewNote[], origin: unknown): string[] {
  const doc = target.doc;
  if (!doc) throw new Error('addNotesTo: map is not in a document');
  const ids: string[] = [];
  doc.transact(() => {
    for (const input of inputs) {
      const note = normaliseNewNote(input);
      target.set(note.id, createNoteMap(note));
      ids.push(note.id);
    }
  }, origin);
  return ids;
}

/** Adds one note to the board; returns its id. */
export function addNote(doc: Y.Doc, input: NewNote, origin: unknown): string {
  return addNotesTo(notesOf(doc), [input], origin)[0] as string;
}

/** The document a notes map lives in (`doc` when the map is not integrated yet). */
function docOf(notes: Y.Map<unknown>, doc: Y.Doc): Y.Doc {
  return notes.doc ?? doc;
}

/** Sets absolute positions of notes (the drop of a drag). Unknown ids are ignored. */
export function moveNotes(
  doc: Y.Doc,
  moves: readonly { id: string; x: number; y: number }[],
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  docOf(notes, doc).transact(() => {
    for (const move of moves) {
      const note = mapIn(notes, move.id);
      if (!note) continue;
      const x = coord(move.x);
      const y = coord(move.y);
      if (note.get('x') !== x) note.set('x', x);
      if (note.get('y') !== y) note.set('y', y);
    }
  }, origin);
}

/** Moves notes by a delta. */
export function translateNotes(
  doc: Y.Doc,
  ids: readonly string[],
  dx: number,
  dy: number,
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  const moves: { id: string; x: number; y: number }[] = [];
  for (const id of ids) {
    const note = mapIn(notes, id);
    if (!note) continue;
    moves.push({ id, x: Number(note.get('x')) + dx, y: Number(note.get('y')) + dy });
  }
  moveNotes(doc, moves, origin, notes);
}

/** Resizes a note (and optionally moves its top-left corner, for handles on the left/top). */
export function resizeNote(
  doc: Y.Doc,
  id: string,
  box: { width: number; height: number; x?: number; y?: number },
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  const note = mapIn(notes, id);
  if (!note) return;
  docOf(notes, doc).transact(() => {
    note.set('width', size(box.width));
    note.set('height', size(box.height));
    if (box.x !== undefined) note.set('x', coord(box.x));
    if (box.y !== undefined) note.set('y', coord(box.y));
  }, origin);
}

/** Gives notes a colour (`#rrggbb`); an invalid colour throws. */
export function recolorNotes(
  doc: Y.Doc,
  ids: readonly string[],
  color: string,
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  if (!HEX_COLOR.test(color)) throw new Error(`recolorNotes: not a #rrggbb colour: ${color}`);
  docOf(notes, doc).transact(() => {
    for (const id of ids) {
      const note = mapIn(notes, id);
      if (note && note.get('color') !== color.toLowerCase()) note.set('color', color.toLowerCase());
    }
  }, origin);
}

/** Deletes notes. Unknown ids are ignored. */
export function deleteNotes(
  doc: Y.Doc,
  ids: readonly string[],
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  docOf(notes, doc).transact(() => {
    for (const id of ids) if (notes.has(id)) notes.delete(id);
  }, origin);
}

/** Whether a value read from a notes map is a note's Y.Map. */
export function isNoteMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map;
}
