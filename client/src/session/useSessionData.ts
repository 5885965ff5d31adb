/**
 * Snapshot hooks for the session's data: published results, groups and action points in the
 * board document, and this person's private document and its maps (votes, self-assessment),
 * following the private document when its local copy is rebuilt.
 */
import {
  type Action,
  actionsOf,
  type Group,
  groupsOf,
  type Results,
  readAction,
  readGroup,
  readResults,
  resultsOf,
} from '@plg/shared';
import { useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useYMapSnapshot } from '../sync/useYMap';

export function useResults(doc: Y.Doc): Results {
  return useYMapSnapshot(resultsOf(doc), readResults);
}

export function readGroups(map: Y.Map<unknown>): Group[] {
  const out: Group[] = [];
  for (const value of map.values()) {
    const g = value instanceof Y.Map ? readGroup(value) : undefined;
    if (g) out.push(g);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The groups (clusters), oldest first. */
export function useGroups(doc: Y.Doc): Group[] {
  return useYMapSnapshot(groupsOf(doc), readGroups);
}

export function readActions(map: Y.Map<unknown>): Action[] {
  const out: Action[] = [];
  for (const value of map.values()) {
    const a = value instanceof Y.Map ? readAction(value) : undefined;
    if (a) out.push(a);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The action points, oldest first. */
export function useActionPoints(doc: Y.Doc): Action[] {
  return useYMapSnapshot(actionsOf(doc), readActions);
}

/** This person's private document (null for viewers and until it is connected). */
export function useOwnDoc(rt: BoardRuntime): Y.Doc | null {
  return useSyncExternalStore(rt.own.subscribe, rt.own.getSnapshot);
}

const empty = { subscribe: () => () => undefined, get: () => null };

/** A validated snapshot of one map of the private document, or null without one. */
export function useOwnMap<T>(
  rt: BoardRuntime,
  mapOf: (doc: Y.Doc) => Y.Map<unknown>,
  read: (map: Y.Map<unknown>) => T,
): T | null {
  const doc = useOwnDoc(rt);
  // mapOf and read are module-level functions in every caller.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const store = useMemo(() => {
    if (!doc) return empty;
    const map = mapOf(doc);
    let snapshot: T = read(map);
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
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get as () => T | null);
}
