/**
 * A second copy of a room's document on which untrusted updates are tried first. The trial
 * tells which objects an update adds, changes or deletes (as Yjs itself sees it), and whether
 * Yjs integrated it completely. A refused update leaves the real document untouched; the
 * shadow is then rebuilt from the real document and the accepted-but-unflushed updates.
 */
import type { Change } from '@plg/shared';
import * as Y from 'yjs';

const TRIAL_ORIGIN = { kind: 'trial' } as const;

/** `missing`: the update builds on content the document does not have yet (not malformed as such). */
export type TrialResult = { ok: true; changes: Change[] } | { ok: false; reason: string; missing?: true };

export class ShadowDoc {
  doc: Y.Doc;

  constructor(
    private readonly roots: ReadonlySet<string>,
    real: Y.Doc,
  ) {
    this.doc = ShadowDoc.copy(real, roots);
  }

  /** Applies `update` to the shadow and reports what it changed. On failure the shadow is dirty. */
  trial(update: Uint8Array): TrialResult {
    const doc = this.doc;
    const shareBefore = doc.share.size;
    let changes: Change[] = [];
    let problem: string | null = null;
    const onAfter = (tr: Y.Transaction) => {
      if (tr.origin !== TRIAL_ORIGIN) return;
      try {
        changes = collectChanges(tr, doc, this.roots);
      } catch (error) {
        problem = (error as Error).message;
      }
    };
    doc.on('beforeObserverCalls', onAfter);
    try {
      Y.applyUpdate(doc, update, TRIAL_ORIGIN);
    } catch (error) {
      return { ok: false, reason: `update does not integrate: ${(error as Error).message}` };
    } finally {
      doc.off('beforeObserverCalls', onAfter);
    }
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      return { ok: false, reason: 'update depends on missing content', missing: true };
    }
    if (doc.share.size !== shareBefore) {
      for (const name of doc.share.keys())
        if (!this.roots.has(name)) return { ok: false, reason: 'unknown top-level type' };
    }
    if (problem) return { ok: false, reason: problem };
    return { ok: true, changes };
  }

  /**
   * Runs `fn` on the shadow in one transaction (a trusted change: nothing is checked) and returns
   * the update it made, or null if it changed nothing.
   */
  change(fn: (doc: Y.Doc) => void, origin: unknown): Uint8Array | null {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => fn(this.doc), origin);
    } finally {
      this.doc.off('update', capture);
    }
    if (updates.length === 0) return null;
    return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
  }

  /** Rebuilds the shadow from the real document plus updates accepted but not yet applied to it. */
  rebuild(real: Y.Doc, pending: readonly Uint8Array[]): void {
    this.doc.destroy();
    this.doc = ShadowDoc.copy(real, this.roots);
    for (const update of pending) Y.applyUpdate(this.doc, update, TRIAL_ORIGIN);
  }

  destroy(): void {
    this.doc.destroy();
  }

  private static copy(real: Y.Doc, roots: ReadonlySet<string>): Y.Doc {
    const doc = new Y.Doc({ gc: real.gc });
    // Every top-level type of a board is a map; define them so Yjs does not see untyped roots.
    for (const name of roots) doc.getMap(name);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(real));
    return doc;
  }
}

/** Root name and key path (from the root) of a shared type. */
function pathOf(type: Y.AbstractType<unknown>, doc: Y.Doc): { root: string; path: string[] } {
  const path: string[] = [];
  let t: Y.AbstractType<unknown> = type;
  while (t._item !== null) {
    const item: Y.Item = t._item;
    if (item.parentSub === null) throw new Error('list item inside a board object');
    path.unshift(item.parentSub);
    t = item.parent as Y.AbstractType<unknown>;
  }
  for (const [name, rootType] of doc.share) if (rootType === t) return { root: name, path };
  throw new Error('type outside the document');
}

/** Object-level changes of one transaction, merged per object. */
function collectChanges(tr: Y.Transaction, doc: Y.Doc, roots: ReadonlySet<string>): Change[] {
  const byObject = new Map<string, { root: string; id: string | null; kind: Change['kind']; fields: Set<string> }>();
  const note = (root: string, id: string | null, kind: Change['kind'], field: string | null) => {
    const key = `${root}\u0000${id ?? ''}`;
    let entry = byObject.get(key);
    if (!entry) {
      entry = { root, id, kind, fields: new Set() };
      byObject.set(key, entry);
    } else if (kind !== 'update') entry.kind = kind;
    if (field !== null) entry.fields.add(field);
  };
  for (const [type, subs] of tr.changed) {
    const { root, path } = pathOf(type as Y.AbstractType<unknown>, doc);
    if (!roots.has(root)) throw new Error('unknown top-level type');
    if (type instanceof Y.Text) {
      if (path.length < 2) throw new Error('text outside an object field');
      note(root, path[0] as string, 'update', path[1] as string);
      continue;
    }
    if (!(type instanceof Y.Map)) throw new Error('shared type not allowed');
    if (subs.has(null)) throw new Error('list content inside a map');
    const keys = new Y.YMapEvent(type, tr, subs as Set<string>).keys;
    if (path.length === 0) {
      // A root map: its keys are object ids (notes, zones…) or, for flat maps (meta, session), fields.
      for (const [key, change] of keys) note(root, key, change.action, null);
    } else {
      for (const key of keys.keys())
        note(root, path[0] as string, 'update', path.length === 1 ? key : (path[1] as string));
    }
  }
  return [...byObject.values()].map((e) => ({ root: e.root, id: e.id, kind: e.kind, fields: [...e.fields] }));
}
