/**
 * A note's text layout (fitText with the page's canvas measure), cached per note object: the
 * NotesIndex replaces a note's object only when it changed, so each layout is computed once.
 */
import type { Note } from '@plg/shared';
import { type FitResult, fitText } from '../fitText';
import { noteMeasure } from '../measureText';
import { NOTE_STYLE } from '../noteStyle';

const cache = new WeakMap<Note, FitResult>();

/** The layout of `note` at its own size, or at an override size (a resize preview). */
export function noteLayout(note: Note, width = note.width, height = note.height): FitResult {
  const own = width === note.width && height === note.height;
  const hit = own ? cache.get(note) : undefined;
  if (hit) return hit;
  const layout = fitText(note.text, width, height, noteMeasure(), NOTE_STYLE);
  if (own) cache.set(note, layout);
  return layout;
}

/** The largest font a note of this height could get: an upper bound that needs no measuring. */
export function maxFontFor(height: number): number {
  return Math.min(NOTE_STYLE.maxFontSize, (height - NOTE_STYLE.padding * 2) / NOTE_STYLE.lineHeight);
}
