/**
 * When the board will be deleted if nobody uses it, and "Langer bewaren": the server adds the
 * chosen number of days and answers with the new date.
 */
import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n';
import { type DateLang, formatDay, formatRelative } from '../../i18n/dates';
import { useUiStore } from '../../stores/uiStore';
import { extendBoard, fetchExpiry } from '../api/historyApi';
import { adminErrorReason } from '../history/adminError';
import { useNow } from '../history/useNow';

/** Choices for an extension, in days (the server takes 1–365 at once). */
export const EXTEND_DAYS = [30, 90, 180, 365] as const;

interface Props {
  boardId: string;
  facilitatorKey: string;
  lang: DateLang;
}

export function RetentionInfo({ boardId, facilitatorKey, lang }: Props) {
  const t = useT();
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [days, setDays] = useState<number>(90);
  const [busy, setBusy] = useState(false);
  const now = useNow(60_000);
  const selectId = useId();
  const notFound = t('session.lifecycle.notFound');

  useEffect(() => {
    let live = true;
    fetchExpiry(boardId, facilitatorKey)
      .then((at) => live && setExpiresAt(at))
      .catch((err: unknown) => live && setError(adminErrorReason(t, err, notFound)));
    return () => {
      live = false;
    };
  }, [boardId, facilitatorKey, t, notFound]);

  const extend = async () => {
    setBusy(true);
    try {
      const at = await extendBoard(boardId, facilitatorKey, days);
      setExpiresAt(at);
      setError(null);
      useUiStore.getState().pushToast(t('session.lifecycle.extended', { date: formatDay(at, lang) }), 'info');
    } catch (err) {
      const reason = adminErrorReason(t, err, notFound);
      useUiStore.getState().pushToast(t('session.lifecycle.extendFailed', { reason }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="retention" data-testid="board-expiry" data-expires-at={expiresAt ?? undefined}>
      {expiresAt !== null ? (
        <>
          <p className="retention-date">{t('session.lifecycle.expires', { date: formatDay(expiresAt, lang) })}</p>
          <p className="field-hint">
            {t('session.lifecycle.expiresHint', { relative: formatRelative(expiresAt, now, lang) })}
          </p>
        </>
      ) : error ? (
        <p className="form-error" role="alert">
          {t('session.lifecycle.expiryFailed', { reason: error })}
        </p>
      ) : (
        <p className="field-hint" role="status">
          {t('session.lifecycle.expiryLoading')}
        </p>
      )}
      <div className="inline-form">
        <label htmlFor={selectId}>{t('session.lifecycle.extendBy')}</label>
        <select
          id={selectId}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
          disabled={busy}
          data-testid="extend-days"
        >
          {EXTEND_DAYS.map((d) => (
            <option key={d} value={d}>
              {t('session.lifecycle.days', { count: d })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`button${busy ? ' is-busy' : ''}`}
          onClick={() => void extend()}
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="extend-board"
        >
          {t('session.lifecycle.extend')}
          {busy && <span className="spinner" aria-hidden="true" />}
        </button>
      </div>
    </div>
  );
}
