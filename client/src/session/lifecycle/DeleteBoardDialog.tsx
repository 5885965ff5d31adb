/**
 * Deleting the board for good, after typing its name. On success this browser forgets the board
 * and goes to the home page; everyone else's page shows that the board no longer exists (the
 * server closes their connections with 4404).
 */
import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError } from '../../api/boardsApi';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { deleteBoard } from '../api/historyApi';
import { adminErrorReason } from '../history/adminError';
import { afterBoardDeleted } from './afterDelete';
import { titleMatches } from './confirmTitle';

interface Props {
  boardId: string;
  facilitatorKey: string;
  title: string;
  onClose(): void;
}

export function DeleteBoardDialog({ boardId, facilitatorKey, title, onClose }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const warningId = useId();
  const matches = titleMatches(typed, title);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!matches || busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteBoard(boardId, facilitatorKey);
    } catch (err) {
      // Already gone (deleted elsewhere, or expired): the outcome is the same.
      if (!(err instanceof ApiRequestError && err.status === 404)) {
        setError(t('session.lifecycle.deleteFailed', { reason: adminErrorReason(t, err) }));
        setBusy(false);
        return;
      }
    }
    afterBoardDeleted(boardId, title);
  };

  return (
    <Dialog
      title={t('session.lifecycle.deleteTitle')}
      open
      onClose={() => !busy && onClose()}
      className="delete-dialog"
      testId="delete-dialog"
    >
      <form className="delete-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={warningId}>
        <p id={warningId} className="delete-warning">
          <Icon name="warning" size={22} />
          <span>{t('session.lifecycle.deleteWarning')}</span>
        </p>
        <p className="field-hint">{t('session.lifecycle.deleteExportHint')}</p>
        <div className="delete-field">
          <label htmlFor={inputId}>
            {t('session.lifecycle.deleteTypeLabel')} <span className="delete-board-title">{title}</span>
          </label>
          <input
            id={inputId}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            disabled={busy}
            data-autofocus
            data-testid="delete-confirm-input"
          />
          <p id={hintId} className="field-hint">
            {t('session.lifecycle.deleteTypeHint')}
          </p>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('session.lifecycle.cancel')}
          </button>
          <button
            type="submit"
            className={`button is-danger${busy ? ' is-busy' : ''}`}
            disabled={!matches || busy}
            aria-busy={busy || undefined}
            data-testid="confirm-delete"
          >
            <Icon name="trash" size={18} />
            {busy ? t('session.lifecycle.deleting') : t('session.lifecycle.deleteConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
