/**
 * Duplicate, copy and paste of notes. The clipboard format is plain JSON (versioned),
 * so a copy in one board pastes into another.
 */
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { LIMITS } from '../schema/limits.js';
import { NoteSchema, readNote } from '../schema/note.js';
import { mapIn, notesOf } from './access.js';
import { addNotesTo } from './notes.js';

export const CLIPBOARD_MIME = 'application/x-plg-board+json';

export const ClipboardSchema = z.object({
  kind: z.literal('plg-board/notes'),
  version: z.literal(1),
  notes: z
    .array(z.pick(NoteSchema, { text: true, x: true, y: true, width: true, height: true, color: true }))
    .check(z.maxLength(LIMITS.maxNotesPerBoard)),
});
export type Clipboard = z.infer<typeof ClipboardSchema>;

/** Serialises notes for the clipboard. */
export function copyNotes(doc: Y.Doc, ids: readonly string[]): Clipboard {
  const notes = notesOf(doc);
  const out: Clipboard['notes'] = [];
  for (const id of ids) {
    const map = mapIn(notes, id);
    const note = map && readNote(map);
    if (note)
      out.push({ text: note.text, x: note.x, y: note.y, width: note.width, height: note.height, color: note.color });
  }
  return { kind: 'plg-board/notes', version: 1, notes: out };
}

/** Pastes clipboard notes with their top-left corner at `at` (or offset from the originals). */
export function pasteNotes(
  doc: Y.Doc,
  clipboard: Clipboard,
  placement: { at: { x: number; y: number } } | { offset: { x: number; y: number } },
  authorId: string,
  origin: unknown,
): string[] {
  if (clipboard.notes.length === 0) return [];
  const minX = Math.min(...clipboard.notes.map((n) => n.x));
  const minY = Math.min(...clipboard.notes.map((n) => n.y));
  const dx = 'at' in placement ? placement.at.x - minX : placement.offset.x;
  const dy = 'at' in placement ? placement.at.y - minY : placement.offset.y;
  const now = Date.now();
  return addNotesTo(
    notesOf(doc),
    clipboard.notes.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy, authorId, createdAt: now })),
    origin,
  );
}

/** Duplicates notes, offset down-right; returns the new ids in the same order. */
export function duplicateNotes(
  doc: Y.Doc,
  ids: readonly string[],
  authorId: string,
  origin: unknown,
  offset = 24,
): string[] {
  return pasteNotes(doc, copyNotes(doc, ids), { offset: { x: offset, y: offset } }, authorId, origin);
}

/** One note per non-empty line of pasted text, laid out in a column-wrapped grid from `at`. */
export function notesFromLines(
  doc: Y.Doc,
  text: string,
  at: { x: number; y: number },
  authorId: string,
  origin: unknown,
  color?: string,
): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, 200);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(lines.length)));
  const now = Date.now();
  return addNotesTo(
    notesOf(doc),
    lines.map((line, i) => ({
      text: line,
      x: at.x + (i % perRow) * 220,
      y: at.y + Math.floor(i / perRow) * 180,
      authorId,
      createdAt: now,
      ...(color ? { color } : {}),
    })),
    origin,
  );
}
