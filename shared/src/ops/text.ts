/**
 * Editing a note's text (its Y.Text): insert, delete, and replace-by-diff so that a
 * whole-value write touches only the characters that changed.
 */
import type * as Y from 'yjs';
import { LIMITS } from '../schema/limits.js';
import { noteText } from '../schema/note.js';
import { mapIn, notesOf } from './access.js';

/** The smallest single splice that turns `before` into `after`. */
export function diffText(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair (emoji): widen the splice to whole code points.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Applies a splice to a Y.Text, respecting the note text limit. */
export function spliceText(text: Y.Text, index: number, remove: number, insert: string): void {
  const room = LIMITS.maxNoteTextLength - (text.length - remove);
  const clipped = insert.slice(0, Math.max(0, room));
  if (remove > 0) text.delete(index, remove);
  if (clipped) text.insert(index, clipped);
}

/** Replaces a note's text with `value`, changing only what differs (in `notes`: the board's, or drafts). */
export function setNoteText(
  doc: Y.Doc,
  id: string,
  value: string,
  origin: unknown,
  notes: Y.Map<unknown> = notesOf(doc),
): void {
  const text = noteText(mapIn(notes, id));
  if (!text) return;
  setYText(text, value, origin);
}

/** Replaces a Y.Text's content with `value` by a minimal splice, in one transaction. */
export function setYText(text: Y.Text, value: string, origin: unknown): void {
  const doc = text.doc;
  if (!doc) throw new Error('setYText: text is not in a document');
  const { index, remove, insert } = diffText(text.toString(), value);
  if (remove === 0 && insert === '') return;
  doc.transact(() => spliceText(text, index, remove, insert), origin);
}
