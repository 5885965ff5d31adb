/**
 * Snapshot hooks for the small, rarely-changing parts of the document: zones, meta and the
 * facilitated session. Each re-reads its map on change (observeDeep) and validates it.
 */
import {
  type Meta,
  metaOf,
  readMeta,
  readSession,
  readZone,
  type Session,
  sessionOf,
  type Zone,
  zonesOf,
} from '@plg/shared';
import { useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** A validated snapshot of a Y.Map, recomputed only when it changes. */
export function useYMapSnapshot<T>(map: Y.Map<unknown>, read: (map: Y.Map<unknown>) => T): T {
  // `read` is a module-level function in every caller.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const store = useMemo(() => {
    let snapshot = read(map);
    return {
      subscribe(listener: () => void) {
        const handler = () => {
          snapshot = read(map);
          listener();
        };
        map.observeDeep(handler);
        return () => map.unobserveDeep(handler);
      },
      get: () => snapshot,
    };
  }, [map]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Every child map of `map` read (and validated) by `read`, the invalid ones left out, sorted by
 * `key` and then by id so that every client lists them in the same order.
 */
export function readChildren<T extends { id: string }>(
  map: Y.Map<unknown>,
  read: (child: Y.Map<unknown>) => T | undefined,
  key: (item: T) => number,
): T[] {
  const out: T[] = [];
  for (const value of map.values()) {
    const item = value instanceof Y.Map ? read(value) : undefined;
    if (item) out.push(item);
  }
  return out.sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : 1));
}

export function readZones(map: Y.Map<unknown>): Zone[] {
  return readChildren(map, readZone, (z) => z.order);
}

export function useZones(doc: Y.Doc): Zone[] {
  return useYMapSnapshot(zonesOf(doc), readZones);
}

export function useMeta(doc: Y.Doc): Meta | undefined {
  return useYMapSnapshot(metaOf(doc), readMeta);
}

export function useSession(doc: Y.Doc): Session {
  return useYMapSnapshot(sessionOf(doc), readSession);
}
