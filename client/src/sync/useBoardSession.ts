/**
 * Opens a board connection for a page (StrictMode-safe: created and destroyed in an effect),
 * mirrors its status into the session store for the badge, and turns its events (rolled-back
 * changes, reconnect notices) into toasts.
 */
import { DENIED } from '@plg/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { type TFunction, useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import {
  type BoardEvent,
  type BoardSession,
  type ConnectOptions,
  connectBoard,
  type SessionSnapshot,
} from './connectBoard';

const DENIED_REASONS = new Set<string>(Object.values(DENIED));

/** The message for a board event, or null when it needs no toast. */
export function eventMessage(e: BoardEvent, t: TFunction): { text: string; tone: 'info' | 'warning' | 'error' } | null {
  switch (e.type) {
    case 'reset': {
      if (e.reason === 'too-big') return { text: t('errors.tooBigReset'), tone: 'warning' };
      const key = DENIED_REASONS.has(e.reason) ? e.reason : 'unknown';
      return { text: t('errors.forbidden', { reason: t(`errors.denied.${key as 'unknown'}`) }), tone: 'warning' };
    }
    case 'notice':
      return {
        text:
          e.kind === 'tooBig'
            ? t('errors.tooBig')
            : e.kind === 'malformed'
              ? t('errors.malformed')
              : t('errors.rateLimited'),
        tone: 'info',
      };
    case 'fatal':
      return e.kind === 'fatal'
        ? { text: t('errors.connectionRefused', { reason: e.reason || e.code }), tone: 'error' }
        : null;
  }
}

const noSession = {
  subscribe: () => () => undefined,
  getSnapshot: () => null,
};

export function useBoardSession(opts: ConnectOptions | null): SessionSnapshot | null {
  const t = useT();
  const [session, setSession] = useState<BoardSession | null>(null);
  const optsKey = opts ? JSON.stringify(opts) : '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: reconnect only when the options' content changes
  useEffect(() => {
    if (!opts) return;
    const s = connectBoard(opts);
    setSession(s);
    return () => {
      setSession(null);
      void s.destroy();
    };
  }, [optsKey]);

  useEffect(() => {
    if (!session) return;
    const sync = () => useUiStore.getState().setConnection(session.getSnapshot().info);
    sync();
    const unsubscribe = session.subscribe(sync);
    const unlisten = session.onEvent((e) => {
      const message = eventMessage(e, t);
      if (message) useUiStore.getState().pushToast(message.text, message.tone);
      if (e.type === 'reset') useUiStore.getState().clearSelection();
    });
    return () => {
      unsubscribe();
      unlisten();
    };
  }, [session, t]);

  const store = session ?? noSession;
  return useSyncExternalStore(store.subscribe, store.getSnapshot as () => SessionSnapshot | null);
}
