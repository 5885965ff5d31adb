/**
 * A crash-harness witness: a viewer that records every edit the server relayed to it, and at
 * the end checks each one against what a fresh client loads.
 *
 * - a note seen added is there, unless the witness saw it deleted;
 * - a note seen deleted is gone;
 * - a text token seen is in its note's text, unless the witness saw the note deleted
 *   (nothing deletes text, so a relayed token can only go with its note);
 * - x, y and colour are last-writer-wins keys, so a relayed move or recolour may rightly be
 *   overwritten by a later one: for every note, each key's final value must be a value that was
 *   relayed for that note (never a value nobody set) and must equal the value the witness
 *   ended with — the last relayed write, which a lost one would leave the two disagreeing on;
 * - and, as a whole: the witness's document (everything relayed to it; a viewer writes nothing)
 *   is contained in the fresh client's (every struct and every deletion).
 */
import { notesOf } from '@plg/shared';
import * as Y from 'yjs';
import type { Edit, EditKind, KindCounts } from './crashEdits.js';
import { isMove, isRecolor, tokensIn, zeroCounts } from './crashEdits.js';

/** A relayed edit the store does not have. */
export interface Loss {
  /** `struct`: something relayed to the witness is missing, beyond the edits checked one by one. */
  kind: EditKind | 'struct';
  note: string;
  detail: string;
}

const KEYS = ['x', 'y', 'color'] as const;
type Key = (typeof KEYS)[number];

export class Witness {
  readonly added = new Set<string>();
  readonly deleted = new Set<string>();
  /** Token → note it was seen in. */
  readonly tokens = new Map<string, string>();
  /** Note → key → every value relayed for it. */
  private readonly values = new Map<string, Record<Key, Set<unknown>>>();
  /** Distinct move and recolour values seen (each is one edit's unique value). */
  private readonly movesSeen = new Set<number>();
  private readonly colorsSeen = new Set<string>();

  constructor(readonly doc: Y.Doc) {
    notesOf(doc).observeDeep((events) => {
      for (const event of events) this.record(event);
    });
  }

  private valuesOf(note: string): Record<Key, Set<unknown>> {
    let v = this.values.get(note);
    if (!v) {
      v = { x: new Set(), y: new Set(), color: new Set() };
      this.values.set(note, v);
    }
    return v;
  }

  private record(event: Y.YEvent<Y.AbstractType<unknown>>): void {
    const notes = notesOf(this.doc);
    if (event.target === notes) {
      for (const [id, change] of (event as Y.YMapEvent<unknown>).changes.keys) {
        if (change.action === 'delete') {
          this.deleted.add(id);
          continue;
        }
        this.added.add(id);
        const map = notes.get(id);
        if (!(map instanceof Y.Map)) continue;
        for (const key of KEYS) this.noteValue(id, key, map.get(key));
        const text = map.get('text');
        if (text instanceof Y.Text) for (const t of tokensIn(text.toString())) this.tokens.set(t, id);
      }
      return;
    }
    // A change inside a note: its map (keys) or its text.
    const noteMap = event.target instanceof Y.Text ? event.target.parent : event.target;
    const id = noteMap instanceof Y.Map ? (noteMap.get('id') as string | undefined) : undefined;
    if (!id || !(noteMap instanceof Y.Map)) return;
    if (event.target instanceof Y.Text) {
      for (const t of tokensIn(event.target.toString())) this.tokens.set(t, id);
      return;
    }
    for (const key of (event as Y.YMapEvent<unknown>).keysChanged) {
      if (!(KEYS as readonly string[]).includes(key)) continue;
      this.noteValue(id, key as Key, noteMap.get(key));
    }
  }

  private noteValue(id: string, key: Key, value: unknown): void {
    this.valuesOf(id)[key].add(value);
    if (key === 'x' && typeof value === 'number' && isMove(value)) this.movesSeen.add(value);
    if (key === 'color' && typeof value === 'string' && isRecolor(value)) this.colorsSeen.add(value);
  }

  /** Whether this witness has seen the edit relayed. */
  saw(edit: Edit): boolean {
    switch (edit.kind) {
      case 'add':
        return this.added.has(edit.note);
      case 'delete':
        return this.deleted.has(edit.note);
      case 'text':
        return this.tokens.has(edit.token);
      case 'move':
        return this.movesSeen.has(edit.x);
      case 'recolor':
        return this.colorsSeen.has(edit.color);
    }
  }

  /** Edits seen relayed, by kind. */
  seen(): KindCounts {
    const counts = zeroCounts();
    counts.add = this.added.size;
    counts.delete = this.deleted.size;
    counts.text = this.tokens.size;
    counts.move = this.movesSeen.size;
    counts.recolor = this.colorsSeen.size;
    return counts;
  }

  /** Every relayed edit the fresh document does not reflect. */
  check(fresh: Y.Doc): Loss[] {
    const lost: Loss[] = [];
    const freshNotes = notesOf(fresh);
    const note = (id: string) => freshNotes.get(id) as Y.Map<unknown> | undefined;
    for (const id of this.added)
      if (!this.deleted.has(id) && !note(id)) lost.push({ kind: 'add', note: id, detail: 'note missing' });
    for (const id of this.deleted) if (note(id)) lost.push({ kind: 'delete', note: id, detail: 'note still there' });
    for (const [token, id] of this.tokens) {
      const n = note(id);
      if (!n) {
        if (!this.deleted.has(id)) lost.push({ kind: 'text', note: id, detail: `${token}: note missing` });
      } else if (!String(n.get('text') ?? '').includes(token)) {
        lost.push({ kind: 'text', note: id, detail: `${token} missing from the text` });
      }
    }
    const mine = notesOf(this.doc);
    for (const [id, relayed] of this.values) {
      const n = note(id);
      if (!n || this.deleted.has(id)) continue; // a note that should be gone is counted above
      const last = mine.get(id) as Y.Map<unknown> | undefined;
      for (const [kind, keys] of [
        ['move', ['x', 'y']],
        ['recolor', ['color']],
      ] as const) {
        const wrong = keys.filter((key) => !relayed[key].has(n.get(key)) || last?.get(key) !== n.get(key));
        if (wrong.length === 0) continue;
        const says = wrong.map(
          (key) =>
            `${key}: stored ${n.get(key)}${relayed[key].has(n.get(key)) ? '' : ' (never relayed)'}, witness ended with ${last?.get(key)}`,
        );
        lost.push({ kind, note: id, detail: says.join('; ') });
      }
    }
    return lost;
  }

  /** Whether everything relayed to the witness (structs and deletions) is in `fresh`. */
  containedIn(fresh: Y.Doc): boolean {
    return Y.snapshotContainsUpdate(Y.snapshot(fresh), Y.encodeStateAsUpdate(this.doc));
  }
}
