/**
 * "Versies" (facilitator only): the versions the server kept of this board, newest first; one
 * opens in a dialog with its content and "Deze versie terugzetten". The restored content
 * reaches every screen through sync like any other change.
 */
import { useRef, useState } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT, useUiLang } from '../../i18n';
import { useSessionUi } from '../sessionUiStore';
import { SessionIcon } from '../ui/SessionIcon';
import { adminErrorReason } from './adminError';
import { useNow } from './useNow';
import { useVersions } from './useVersions';
import { VersionItem } from './VersionItem';
import { VersionPreviewDialog } from './VersionPreviewDialog';
import type { Version } from './versions';

export function HistoryPanel({ templateId }: { templateId: string }) {
  const t = useT();
  const lang = useUiLang();
  const rt = useBoard();
  const key = useSessionUi((s) => s.facilitatorKey);
  const { versions, loading, error, reload } = useVersions(rt.boardId, key);
  const now = useNow();
  const [open, setOpen] = useState<Version | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  if (rt.role !== 'facilitator' || !key) return null;

  const close = (restored: boolean) => {
    setOpen(null);
    if (restored) void reload();
    // Back to the version that was opened (still in the list: ids do not change).
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <div className="history-panel" data-testid="history-panel">
      <p className="panel-intro">{t('session.history.intro')}</p>
      <section className="panel-section" aria-labelledby="history-list-title">
        <div className="history-head">
          <h3 id="history-list-title">{t('session.history.listLabel')}</h3>
          <button
            type="button"
            className="button is-small is-quiet"
            onClick={() => void reload()}
            disabled={loading}
            aria-busy={loading || undefined}
            data-testid="history-refresh"
          >
            <SessionIcon name="reset" size={16} />
            {t('session.history.refresh')}
          </button>
        </div>
        <p className="field-hint" role="status" data-testid="history-status">
          {loading && !versions
            ? t('session.history.loading')
            : versions && versions.length > 0
              ? t('session.history.count', { count: versions.length })
              : ''}
        </p>
        {error !== null && (
          <p className="form-error" role="alert">
            {t('session.history.loadFailed', { reason: adminErrorReason(t, error) })}
          </p>
        )}
        {versions?.length === 0 && <p className="history-empty">{t('session.history.empty')}</p>}
        {versions && versions.length > 0 && (
          <ul className="version-list" aria-labelledby="history-list-title" data-testid="version-list">
            {versions.map((v) => (
              <VersionItem
                key={v.id}
                version={v}
                now={now}
                lang={lang}
                onOpen={(version, button) => {
                  opener.current = button;
                  setOpen(version);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      {open && (
        <VersionPreviewDialog
          boardId={rt.boardId}
          facilitatorKey={key}
          version={open}
          lang={lang}
          templateId={templateId}
          onClose={close}
        />
      )}
    </div>
  );
}
