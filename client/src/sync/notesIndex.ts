/**
 * A live, validated index of the board's notes, updated incrementally from Yjs observeDeep
 * events: only notes that changed are re-read, so unchanged notes keep their object identity
 * and memoised canvas nodes skip re-rendering. Also reports notes that others add.
 * This person's private drafts (from their private document) are indexed with the notes, marked
 * as drafts; a note on the board wins over a draft with the same id (the reveal moves them).
 */
import { mapIn, type Note, notesOf, noteText, readNote } from '@plg/shared';
import * as Y from 'yjs';

export interface NotesSnapshot {
  byId: ReadonlyMap<string, Note>;
  /** In stacking order: oldest first. */
  ordered: readonly Note[];
  /** Which of them are this person's private drafts (not on the board yet). */
  drafts: ReadonlySet<string>;
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
  private draftsMap: Y.Map<unknown> | null = null;
  private draftIds: ReadonlySet<string> = new Set();
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
    this.snapshot = { byId: this.byId, ordered: this.ordered, drafts: this.draftIds };
    this.map.observeDeep(this.onEvents);
  }

  /** Indexes this person's drafts too (a `drafts` map of their private document), or stops. */
  setDrafts(drafts: Y.Map<unknown> | null): void {
    if (drafts === this.draftsMap) return;
    this.draftsMap?.unobserveDeep(this.onDraftEvents);
    const changed = new Set(this.draftIds);
    this.draftsMap = drafts;
    if (drafts) {
      for (const id of drafts.keys()) changed.add(id);
      drafts.observeDeep(this.onDraftEvents);
    }
    this.apply(changed, null);
  }

  isDraft(id: string): boolean {
    return this.draftIds.has(id);
  }

  /** The notes map a note lives in: the board's `notes`, or the drafts; undefined if unknown. */
  mapOf(id: string): Y.Map<unknown> | undefined {
    if (!this.byId.has(id)) return undefined;
    return this.draftIds.has(id) && this.draftsMap ? this.draftsMap : this.map;
  }

  /** A note's text (board note or draft), for binding an editor. */
  textOf(id: string): Y.Text | undefined {
    const map = this.mapOf(id);
    return map ? noteText(mapIn(map, id)) : undefined;
  }

  /** Items split by the map their note lives in, for ops that take a notes map. Unknown ids are left out. */
  byMap<T>(items: readonly T[], idOf: (item: T) => string): { map: Y.Map<unknown>; items: T[] }[] {
    const out = new Map<Y.Map<unknown>, T[]>();
    for (const item of items) {
      const map = this.mapOf(idOf(item));
      if (!map) continue;
      const list = out.get(map);
      if (list) list.push(item);
      else out.set(map, [item]);
    }
    return [...out].map(([map, list]) => ({ map, items: list }));
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
    this.draftsMap?.unobserveDeep(this.onDraftEvents);
    this.listeners.clear();
    this.addListeners.clear();
  }

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    this.apply(changedIds(events, this.map), tr);
  };

  /** Drafts come from this person's own document: never reported as added by others. */
  private readonly onDraftEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (this.draftsMap) this.apply(changedIds(events, this.draftsMap), null);
  };

  /** A note as it stands now: on the board, else among the drafts. */
  private read(id: string): { note: Note; draft: boolean } | undefined {
    const onBoard = mapIn(this.map, id);
    const note = onBoard ? readNote(onBoard) : undefined;
    if (note && note.id === id) return { note, draft: false };
    const drafted = this.draftsMap ? mapIn(this.draftsMap, id) : undefined;
    const draft = drafted ? readNote(drafted) : undefined;
    return draft && draft.id === id ? { note: draft, draft: true } : undefined;
  }

  private apply(changed: ReadonlySet<string>, tr: Y.Transaction | null): void {
    if (changed.size === 0) return;
    const byId = new Map(this.byId);
    const drafts = new Set(this.draftIds);
    const added: Note[] = [];
    let structural = false;
    const replaced: Note[] = [];
    for (const id of changed) {
      const found = this.read(id);
      const note = found?.note;
      if (found?.draft) drafts.add(id);
      else drafts.delete(id);
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
    if (drafts.size !== this.draftIds.size || [...drafts].some((id) => !this.draftIds.has(id))) this.draftIds = drafts;
    if (structural) this.resort();
    else {
      this.ordered = this.ordered.slice();
      for (const note of replaced) {
        const i = this.position.get(note.id);
        if (i !== undefined) this.ordered[i] = note;
      }
    }
    this.snapshot = { byId: this.byId, ordered: this.ordered, drafts: this.draftIds };
    for (const listener of this.listeners) listener();
    if (tr && added.length > 0 && !tr.local)
      for (const listener of this.addListeners) listener({ notes: added, transaction: tr });
  }

  private resort(): void {
    this.ordered = [...this.byId.values()].sort(byAge);
    this.position = new Map(this.ordered.map((n, i) => [n.id, i]));
  }
}

/** Ids of the notes touched by a batch of observeDeep events on `map`. */
function changedIds(events: Y.YEvent<Y.AbstractType<unknown>>[], map: Y.Map<unknown>): Set<string> {
  const changed = new Set<string>();
  for (const event of events) {
    if (event.target === map) for (const key of event.keys.keys()) changed.add(key);
    else if (typeof event.path[0] === 'string') changed.add(event.path[0]);
  }
  return changed;
}
