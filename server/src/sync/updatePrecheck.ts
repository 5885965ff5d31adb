/**
 * A bounded check of an untrusted Yjs update, before it touches any document.
 *
 * Yjs integrates some well-formed updates in quadratic time (many clients writing one key,
 * items whose origins lie far apart, overlapping delete ranges) or leaves them half-integrated.
 * This decodes the update once and refuses, in time linear in its size plus a fixed budget:
 * too many structs, clients or delete ranges; zero-length structs and skips; content kinds a
 * board never holds; delete ranges that are unsorted or overlap; and items whose conflict
 * scan in the current document would exceed the budget.
 */
import { LIMITS } from '@plg/shared';
import * as Y from 'yjs';

/** Steps of Yjs's conflict scan allowed for one update, summed over its items. */
const SCAN_BUDGET = 50_000;

/** `fresh`: structs the document does not have yet (0 for a re-sent update). */
export type PrecheckResult = { ok: true; structs: number; fresh: number } | { ok: false; reason: string };

const ALLOWED_TYPE_REFS = new Set([1 /* YMap */, 2 /* YText */]);

type Struct = Y.Item | Y.GC | Y.Skip;
interface DeleteSetLike {
  clients: Map<number, { clock: number; len: number }[]>;
}

/** Checks `update` against the document it would be applied to. Never throws. */
export function precheckUpdate(update: Uint8Array, doc: Y.Doc, allowedRoots: ReadonlySet<string>): PrecheckResult {
  let decoded: { structs: Struct[]; ds: DeleteSetLike };
  try {
    decoded = Y.decodeUpdate(update) as unknown as { structs: Struct[]; ds: DeleteSetLike };
  } catch (error) {
    return { ok: false, reason: `undecodable update: ${(error as Error).message}` };
  }
  const { structs, ds } = decoded;
  if (structs.length > LIMITS.maxUpdateStructs) return { ok: false, reason: 'too many structs' };
  const dsResult = checkDeleteSet(ds);
  if (dsResult) return { ok: false, reason: dsResult };

  // Limits count what is new to the document. A sync reply repeats every deletion its client
  // knows of (every move overwrites x and y), by everyone who ever edited the board: counting
  // those would refuse every returning client of a busy board.
  const store = doc.store;
  const sv = Y.getState;
  const clients = new Set<number>();
  for (const s of structs) if (s.id.clock + s.length > sv(store, s.id.client)) clients.add(s.id.client);
  let novelRanges = 0;
  for (const [client, items] of ds.clients) {
    for (const item of items) {
      if (alreadyDeleted(store, client, item.clock, item.len)) continue;
      novelRanges++;
      clients.add(client);
    }
  }
  if (clients.size > LIMITS.maxUpdateClients) return { ok: false, reason: 'too many clients' };
  if (novelRanges > LIMITS.maxUpdateDeleteRanges) return { ok: false, reason: 'too many delete ranges' };
  const inDoc = (id: Y.ID) => id.clock < sv(store, id.client);
  const siblings = new Map<string, number>();
  let budget = SCAN_BUDGET;
  let fresh = 0;

  for (const s of structs) {
    if (s.length <= 0) return { ok: false, reason: 'zero-length struct' };
    if (s instanceof Y.Skip) return { ok: false, reason: 'skip struct' };
    if (s.id.clock + s.length > sv(store, s.id.client)) fresh++;
    if (!(s instanceof Y.Item)) continue;
    const content = s.content;
    if (content instanceof Y.ContentType) {
      if (!ALLOWED_TYPE_REFS.has(typeRefOf(content.type))) return { ok: false, reason: 'shared type not allowed' };
    } else if (
      !(content instanceof Y.ContentAny || content instanceof Y.ContentString || content instanceof Y.ContentDeleted)
    ) {
      return { ok: false, reason: `content not allowed: ${content.constructor.name}` };
    }
    if (typeof s.parent === 'string' && !allowedRoots.has(s.parent)) {
      return { ok: false, reason: 'unknown top-level type' };
    }

    // Estimate Yjs's conflict scan for this item in the current document.
    const key = `${parentKey(s)}|${s.parentSub ?? ''}|${s.origin ? `${s.origin.client}:${s.origin.clock}` : ''}`;
    const seen = siblings.get(key) ?? 0;
    siblings.set(key, seen + 1);
    budget -= seen;
    budget -= scanCost(s, doc, inDoc, budget);
    if (budget < 0) return { ok: false, reason: 'update too costly to integrate' };
  }
  return { ok: true, structs: structs.length, fresh };
}

function typeRefOf(type: Y.AbstractType<unknown>): number {
  if (type instanceof Y.XmlText) return 6;
  if (type instanceof Y.Text) return 2;
  if (type instanceof Y.Map) return 1;
  if (type instanceof Y.Array) return 0;
  return 99;
}

function parentKey(item: Y.Item): string {
  const p = item.parent as unknown;
  if (typeof p === 'string') return `root:${p}`;
  if (p instanceof Y.ID) return `${p.client}:${p.clock}`;
  return 'origin';
}

/**
 * Whether every item of `client` in [clock, clock + len) is in the document and deleted already.
 * Ranges are disjoint (checked first), so all calls together visit each struct at most once.
 */
function alreadyDeleted(store: Y.Doc['store'], client: number, clock: number, len: number): boolean {
  const end = clock + len;
  if (end > Y.getState(store, client)) return false;
  const structs = store.clients.get(client);
  if (!structs) return false;
  let i: number;
  try {
    i = Y.findIndexSS(structs, clock);
  } catch {
    return false;
  }
  for (; i < structs.length; i++) {
    const s = structs[i] as Y.Item | Y.GC;
    if (s.id.clock >= end) break;
    if (s instanceof Y.Item && !s.deleted) return false;
  }
  return true;
}

/**
 * Delete ranges must be sorted and disjoint per client. Their number is bounded by the frame
 * size; this caps the work of looking them up (a sync reply of a big board stays well under it).
 */
const MAX_DELETE_RANGES_SEEN = 10 * LIMITS.maxUpdateDeleteRanges;

function checkDeleteSet(ds: DeleteSetLike): string | null {
  let ranges = 0;
  for (const items of ds.clients.values()) {
    let end = -1;
    for (const item of items) {
      ranges++;
      if (item.len <= 0) return 'empty delete range';
      if (item.clock < end) return 'overlapping delete ranges';
      end = item.clock + item.len;
    }
  }
  return ranges > MAX_DELETE_RANGES_SEEN ? 'too many delete ranges' : null;
}

/**
 * Steps Yjs would walk to place `item` between its origins in `doc` (capped by `cap`).
 * Honest clients create items next to their origins, so this is ~0 for them.
 */
function scanCost(item: Y.Item, doc: Y.Doc, inDoc: (id: Y.ID) => boolean, cap: number): number {
  let type: Y.AbstractType<unknown> | null = null;
  let start: Y.Item | null = null;
  let cost = 0;
  if (item.origin) {
    if (!inDoc(item.origin)) return 0; // origin arrives in this update: a new run, no scan in the doc
    const origin = Y.getItem(doc.store, item.origin);
    if (!(origin instanceof Y.Item)) return 0;
    start = origin.right;
  } else {
    const p = item.parent as unknown;
    if (typeof p === 'string') type = (doc.share.get(p) as Y.AbstractType<unknown> | undefined) ?? null;
    else if (p instanceof Y.ID && inDoc(p)) {
      const parentItem = Y.getItem(doc.store, p);
      if (parentItem instanceof Y.Item && parentItem.content instanceof Y.ContentType) type = parentItem.content.type;
    }
    if (!type) return 0;
    if (item.parentSub !== null) {
      start = (type._map.get(item.parentSub) as Y.Item | undefined) ?? null;
      while (start?.left && cost <= cap) {
        start = start.left;
        cost++;
      }
    } else start = type._start;
  }
  const stop =
    item.rightOrigin && inDoc(item.rightOrigin) ? (Y.getItem(doc.store, item.rightOrigin) as Y.Item | null) : null;
  for (let o = start; o !== null && o !== stop && cost <= cap; o = o.right) cost++;
  return cost;
}
