/**
 * The board's kept versions for the Versies panel: loaded when the panel opens and on `reload()`
 * (after a restore, or when the facilitator asks); the last list stays visible while reloading.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { listVersions } from '../api/historyApi';
import type { Version } from './versions';

export interface VersionsState {
  versions: Version[] | null;
  loading: boolean;
  error: unknown;
}

export function useVersions(boardId: string, key: string | null) {
  const [state, setState] = useState<VersionsState>({ versions: null, loading: true, error: null });
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!key) return;
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const versions = await listVersions(boardId, key);
      if (request === latest.current) setState({ versions, loading: false, error: null });
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [boardId, key]);
  useEffect(() => {
    void reload();
    return () => {
      latest.current++;
    };
  }, [reload]);
  return { ...state, reload };
}
