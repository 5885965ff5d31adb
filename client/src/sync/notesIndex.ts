/**
 * A live, validated index of the board's notes, updated incrementally from Yjs observeDeep
 * events: only notes that changed are re-read, so unchanged notes keep their object identity
 * and memoised canvas nodes skip re-rendering. Also reports notes that others add.
 */
import { mapIn, type Note, notesOf, readNote } from '@plg/shared';
import * as Y from 'yjs';

export interface NotesSnapshot {
  byId: ReadonlyMap<string, Note>;
  /** In stacking order: oldest first. */
  ordered: readonly Note[];
}

export interface RemoteAdd {
  notes: Note[];
  transaction: Y.Transaction;
}

const byAge = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

export class NotesIndex {
  private readonly map: Y.Map<unknown>;
  private byId = new Map<string, Note>();
  private ordered: Note[] = [];
  private position = new Map<string, number>();
  private snapshot: NotesSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly addListeners = new Set<(add: RemoteAdd) => void>();

  constructor(doc: Y.Doc) {
    this.map = notesOf(doc);
    for (const [id, value] of this.map.entries()) {
      const note = value instanceof Y.Map ? readNote(value) : undefined;
      if (note && note.id === id) this.byId.set(id, note);
    }
    this.resort();
    this.snapshot = { byId: this.byId, ordered: this.ordered };
    this.map.observeDeep(this.onEvents);
  }

  getSnapshot = (): NotesSnapshot => this.snapshot;

  get(id: string): Note | undefined {
    return this.byId.get(id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Notes added by a transaction that did not start here (another client, or the offline copy). */
  onAdded(listener: (add: RemoteAdd) => void): () => void {
    this.addListeners.add(listener);
    return () => this.addListeners.delete(listener);
  }

  destroy(): void {
    this.map.unobserveDeep(this.onEvents);
    this.listeners.clear();
    this.addListeners.clear();
  }

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === this.map) for (const key of event.keys.keys()) changed.add(key);
      else if (typeof event.path[0] === 'string') changed.add(event.path[0]);
    }
    if (changed.size === 0) return;
    const byId = new Map(this.byId);
    const added: Note[] = [];
    let structural = false;
    const replaced: Note[] = [];
    for (const id of changed) {
      const map = mapIn(this.map, id);
      const note = map ? readNote(map) : undefined;
      const before = byId.get(id);
      if (note && note.id === id) {
        byId.set(id, note);
        if (!before) {
          structural = true;
          added.push(note);
        } else if (before.createdAt !== note.createdAt) structural = true;
        else replaced.push(note);
      } else if (before) {
        byId.delete(id);
        structural = true;
      }
    }
    this.byId = byId;
    if (structural) this.resort();
    else {
      this.ordered = this.ordered.slice();
      for (const note of replaced) {
        const i = this.position.get(note.id);
        if (i !== undefined) this.ordered[i] = note;
      }
    }
    this.snapshot = { byId: this.byId, ordered: this.ordered };
    for (const listener of this.listeners) listener();
    if (added.length > 0 && !tr.local)
      for (const listener of this.addListeners) listener({ notes: added, transaction: tr });
  };

  private resort(): void {
    this.ordered = [...this.byId.values()].sort(byAge);
    this.position = new Map(this.ordered.map((n, i) => [n.id, i]));
  }
}
