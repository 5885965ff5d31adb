/**
 * The crash harness's edits. Every edit has an effect that can be checked later on its own:
 * each one takes a fresh sequence number, and a new note, a move and a recolour write values
 * derived from it that no other edit ever writes (even values for a new note, odd ones for a
 * move or recolour: x = v, y = Y_BASE + v, colour = `#` + v in hex, with v = 2·seq or 2·seq + 1),
 * while a text edit inserts the token `[t<seq>]` at a token boundary — never inside another
 * token — and nothing ever deletes text, so a token stays whole until its note goes.
 */
import { addNote, deleteNotes, moveNotes, notesOf, recolorNotes } from '@plg/shared';
import * as Y from 'yjs';

export const KINDS = ['add', 'move', 'recolor', 'text', 'delete'] as const;
export type EditKind = (typeof KINDS)[number];
export type KindCounts = Record<EditKind, number>;

export const zeroCounts = (): KindCounts => ({ add: 0, move: 0, recolor: 0, text: 0, delete: 0 });

/** One edit made, with the unique value a witness can recognise it by. */
export type Edit =
  | { kind: 'add'; note: string }
  | { kind: 'move'; note: string; x: number; y: number }
  | { kind: 'recolor'; note: string; color: string }
  | { kind: 'text'; note: string; token: string }
  | { kind: 'delete'; note: string };

/** y values start here (below LIMITS.maxCoordinate), so that no x can equal a y: room for 250,000 edits. */
const Y_BASE = 500_000;
/** Leave the last characters of a note free: a clipped token would be a token nobody can check. */
const TEXT_ROOM = 1_900;
const TOKEN = /\[t\d+\]/g;

const hex = (v: number) => `#${v.toString(16).padStart(6, '0')}`;
/** Whether an x or a colour was written by a move or a recolour (odd), not by a new note (even). */
export const isMove = (x: number) => x % 2 === 1;
export const isRecolor = (color: string) => Number.parseInt(color.slice(1), 16) % 2 === 1;
export const tokensIn = (text: string): string[] => text.match(TOKEN) ?? [];

/** Positions in a note's text where a token may go: the ends and right after a token. */
function boundaries(text: string): number[] {
  const at = [0, text.length];
  for (const m of text.matchAll(TOKEN)) at.push((m.index ?? 0) + m[0].length);
  return at;
}

export interface EditPlan {
  /** Relative weights of the kinds (missing = 0). */
  weights: Partial<Record<EditKind, number>>;
}

export class EditMaker {
  private seq = 1;
  readonly made = zeroCounts();

  constructor(private readonly r: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)] as T;
  }

  private kind(weights: EditPlan['weights']): EditKind {
    const total = KINDS.reduce((s, k) => s + (weights[k] ?? 0), 0);
    let roll = this.r() * total;
    for (const k of KINDS) {
      roll -= weights[k] ?? 0;
      if (roll < 0) return k;
    }
    return 'add';
  }

  /** Makes one random edit in `doc` (a note is added when there is nothing to change). */
  make(doc: Y.Doc, plan: EditPlan, origin: string): Edit {
    const seq = this.seq++;
    const notes = notesOf(doc);
    const ids = [...notes.keys()];
    let kind = ids.length === 0 ? 'add' : this.kind(plan.weights);
    const note = ids.length > 0 ? this.pick(ids) : '';
    const text = (notes.get(note) as Y.Map<unknown> | undefined)?.get('text');
    if (kind === 'text' && !(text instanceof Y.Text && text.length < TEXT_ROOM)) kind = 'add';
    this.made[kind]++;
    switch (kind) {
      case 'add': {
        const v = 2 * seq;
        const id = addNote(doc, { x: v, y: Y_BASE + v, color: hex(v), text: `note ${seq}` }, origin);
        return { kind, note: id };
      }
      case 'move': {
        const v = 2 * seq + 1;
        moveNotes(doc, [{ id: note, x: v, y: Y_BASE + v }], origin);
        return { kind, note, x: v, y: Y_BASE + v };
      }
      case 'recolor': {
        const color = hex(2 * seq + 1);
        recolorNotes(doc, [note], color, origin);
        return { kind, note, color };
      }
      case 'text': {
        const token = `[t${seq}]`;
        const t = text as Y.Text;
        doc.transact(() => t.insert(this.pick(boundaries(t.toString())), token), origin);
        return { kind, note, token };
      }
      default:
        deleteNotes(doc, [note], origin);
        return { kind: 'delete', note };
    }
  }
}
