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
import type * as Y from 'yjs';
import type { BoardRuntime } from '../board/BoardRuntime';
import { readChildren, useYMapSnapshot } from '../sync/useYMap';

export function useResults(doc: Y.Doc): Results {
  return useYMapSnapshot(resultsOf(doc), readResults);
}

export function readGroups(map: Y.Map<unknown>): Group[] {
  return readChildren(map, readGroup, (g) => g.createdAt);
}

/** The groups (clusters), oldest first. */
export function useGroups(doc: Y.Doc): Group[] {
  return useYMapSnapshot(groupsOf(doc), readGroups);
}

export function readActions(map: Y.Map<unknown>): Action[] {
  return readChildren(map, readAction, (a) => a.createdAt);
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
