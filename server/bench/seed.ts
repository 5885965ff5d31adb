/**
 * The board every target starts from: a PLG board (template zones, default session) with N
 * notes, encoded once and given byte-for-byte to each server. Seeded notes sit at negative x so
 * the probes never mistake them for a timed move (moves put their send time in x and y).
 */
import { addNotesTo, DEFAULT_TEMPLATE_ID, initBoard, notesOf, SERVER_ORIGIN } from '@plg/shared';
import * as Y from 'yjs';

export interface SeedBoard {
  state: Uint8Array;
  noteIds: string[];
}

const WORDS = ['samen', 'leren', 'toets', 'feedback', 'planning', 'rooster', 'doelen', 'klas', 'ouders', 'project'];

/** Deterministic note id (valid ObjectId: 8–64 URL-safe characters). */
export const noteId = (i: number) => `benchnote${String(i).padStart(5, '0')}`;

/** A board with `notes` notes; same bytes every call with the same arguments. */
export function seedBoard(notes: number): SeedBoard {
  const doc = new Y.Doc();
  doc.clientID = 1;
  initBoard(
    doc,
    { title: 'Benchmark', templateId: DEFAULT_TEMPLATE_ID, lang: 'nl', createdAt: 0, joinCode: '' },
    SERVER_ORIGIN,
  );
  const inputs = [];
  for (let i = 0; i < notes; i++) {
    const text = `Idee ${i}: ${WORDS[i % WORDS.length]} en ${WORDS[(i * 7) % WORDS.length]}`;
    inputs.push({
      id: noteId(i),
      x: -500_000 + (i % 50) * 220,
      y: -200_000 + Math.floor(i / 50) * 180,
      text,
      createdAt: 0,
    });
  }
  // Batches of 500 keep each transaction (and so the stored update) of a sane size.
  for (let i = 0; i < inputs.length; i += 500) addNotesTo(notesOf(doc), inputs.slice(i, i + 500), SERVER_ORIGIN);
  const state = Y.encodeStateAsUpdate(doc);
  const noteIds = inputs.map((n) => n.id);
  doc.destroy();
  return { state, noteIds };
}
