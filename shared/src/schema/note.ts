/**
 * The sticky note: its fields, validator and typed read/write helpers.
 * In the document a note is a Y.Map under `notes`, keyed by its id, with `text` a Y.Text.
 */
import * as Y from 'yjs';
import { z } from 'zod/mini';
import { HEX_COLOR } from './colors.js';
import { LIMITS } from './limits.js';

// zod's numbers refuse Infinity and NaN by themselves.
const coordinate = z.number().check(z.minimum(-LIMITS.maxCoordinate), z.maximum(LIMITS.maxCoordinate));
const size = z.number().check(z.minimum(LIMITS.minNoteSize), z.maximum(LIMITS.maxNoteSize));

/** An id as written by `newId()`: URL-safe, 8–64 characters. */
export const ObjectId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** A note as plain data (its `text` read out of the Y.Text). */
export const NoteSchema = z.object({
  id: ObjectId,
  text: z.string().check(z.maxLength(LIMITS.maxNoteTextLength)),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  color: z.string().check(z.regex(HEX_COLOR)),
  createdAt: z.int().check(z.nonnegative()),
  /** The author's public participant id; empty in anonymous mode. */
  authorId: z.string().check(z.maxLength(64)),
  /** The group (cluster) the note belongs to, if any. */
  groupId: z.optional(ObjectId),
});

export type Note = z.infer<typeof NoteSchema>;

/** Fields of a note that are plain values (everything but `text`). */
export type NoteFields = Omit<Note, 'text'>;

/** Keys a note's Y.Map may hold. */
export const NOTE_KEYS: ReadonlySet<string> = new Set(Object.keys(NoteSchema.shape));

/** Default size of a new note, in board units. */
export const DEFAULT_NOTE_SIZE = { width: 200, height: 160 } as const;

/** Reads a note's Y.Map into plain data; `undefined` when it does not validate. */
export function readNote(map: Y.Map<unknown>): Note | undefined {
  const parsed = NoteSchema.safeParse(noteMapToJson(map));
  return parsed.success ? parsed.data : undefined;
}

/** The raw JSON of a note's Y.Map, with the Y.Text read as a string. */
export function noteMapToJson(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) {
    out[key] = value instanceof Y.Text ? value.toString() : value;
  }
  return out;
}

/** Builds the Y.Map for a new note (not yet integrated into a document). */
export function createNoteMap(note: Note): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const text = new Y.Text();
  if (note.text) text.insert(0, note.text);
  map.set('id', note.id);
  map.set('text', text);
  map.set('x', note.x);
  map.set('y', note.y);
  map.set('width', note.width);
  map.set('height', note.height);
  map.set('color', note.color.toLowerCase());
  map.set('createdAt', note.createdAt);
  map.set('authorId', note.authorId);
  if (note.groupId) map.set('groupId', note.groupId);
  return map;
}

/** The Y.Text of a note, if the note exists and is well-formed. */
export function noteText(map: Y.Map<unknown> | undefined): Y.Text | undefined {
  const text = map?.get('text');
  return text instanceof Y.Text ? text : undefined;
}
