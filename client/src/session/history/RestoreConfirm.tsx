/**
 * The second step of "Deze versie terugzetten": what will happen, then confirm or cancel. It
 * takes the focus when it appears, so a screen reader reads the question first.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n';

interface Props {
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreConfirm({ busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const ref = useRef<HTMLFieldSetElement>(null);
  const textId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <fieldset
      ref={ref}
      className="restore-confirm"
      tabIndex={-1}
      aria-describedby={textId}
      data-testid="restore-confirm"
    >
      <legend>{t('session.history.confirmTitle')}</legend>
      <p id={textId}>{t('session.history.confirmText')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('session.history.cancel')}
        </button>
        <button
          type="button"
          className={`button is-primary${busy ? ' is-busy' : ''}`}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="confirm-restore"
        >
          {busy ? t('session.history.restoring') : t('session.history.confirm')}
          {busy && <span className="spinner" aria-hidden="true" />}
        </button>
      </div>
    </fieldset>
  );
}
