/**
 * One earlier version in a dialog: why and when it was kept, its notes per zone, and
 * "Deze versie terugzetten" with a confirmation step. A restore is an ordinary change on the
 * server (which first keeps the current state as a version), so it reaches everyone by sync.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { type DateLang, formatMoment, formatRelative } from '../../i18n/dates';
import { useUiStore } from '../../stores/uiStore';
import { Dialog } from '../../ui/Dialog';
import { fetchVersion, restoreVersion } from '../api/historyApi';
import { adminErrorReason } from './adminError';
import { PreviewContent } from './PreviewContent';
import { type PreviewSummary, summarisePreview } from './previewSummary';
import { RestoreConfirm } from './RestoreConfirm';
import { reasonKey, type Version } from './versions';

interface Props {
  boardId: string;
  facilitatorKey: string;
  version: Version;
  lang: DateLang;
  templateId: string;
  /** `restored`: the board now has this version's content. */
  onClose(restored: boolean): void;
}

type Load = { state: 'loading' } | { state: 'ready'; summary: PreviewSummary } | { state: 'error'; reason: string };

export function VersionPreviewDialog({ boardId, facilitatorKey, version, lang, templateId, onClose }: Props) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [step, setStep] = useState<'view' | 'confirm' | 'restoring'>('view');
  const [error, setError] = useState<string | null>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const backToView = () => {
    setStep('view');
    requestAnimationFrame(() => restoreButton.current?.focus());
  };
  const time = formatMoment(version.createdAt, lang);
  const gone = t('session.history.gone');

  useEffect(() => {
    let live = true;
    fetchVersion(boardId, facilitatorKey, version.id)
      .then((body) => live && setLoad({ state: 'ready', summary: summarisePreview(body, lang, templateId) }))
      .catch((err: unknown) => live && setLoad({ state: 'error', reason: adminErrorReason(t, err, gone) }));
    return () => {
      live = false;
    };
  }, [boardId, facilitatorKey, version.id, lang, templateId, t, gone]);

  const restore = async () => {
    setStep('restoring');
    setError(null);
    try {
      await restoreVersion(boardId, facilitatorKey, version.id);
      useUiStore.getState().pushToast(t('session.history.restored', { time }), 'info');
      onClose(true);
    } catch (err) {
      const message = t('session.history.restoreFailed', { reason: adminErrorReason(t, err, gone) });
      setError(message);
      backToView();
    }
  };

  return (
    <Dialog
      title={t('session.history.previewTitle', { time })}
      open
      onClose={() => onClose(false)}
      className="version-dialog"
      testId="version-dialog"
    >
      <p className="version-meta">
        <span className={`version-reason is-${reasonKey(version.reason)}`}>
          {t(`session.history.reasons.${reasonKey(version.reason)}`)}
        </span>
        <span>
          {t('session.history.kept', {
            relative: formatRelative(version.createdAt, Date.now(), lang, t('session.history.justNow')),
          })}
        </span>
      </p>
      {load.state === 'loading' && <p role="status">{t('session.history.previewLoading')}</p>}
      {load.state === 'error' && (
        <p className="form-error" role="alert">
          {t('session.history.previewFailed', { reason: load.reason })}
        </p>
      )}
      {load.state === 'ready' && <PreviewContent summary={load.summary} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {step === 'view' ? (
        <div className="dialog-actions">
          <button
            ref={restoreButton}
            type="button"
            className="button is-primary"
            onClick={() => setStep('confirm')}
            disabled={load.state !== 'ready'}
            data-testid="restore-version"
          >
            {t('session.history.restore')}
          </button>
        </div>
      ) : (
        <RestoreConfirm busy={step === 'restoring'} onConfirm={() => void restore()} onCancel={backToView} />
      )}
    </Dialog>
  );
}
