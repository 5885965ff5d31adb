/**
 * The last section of the facilitator's panel: when the board will be deleted if unused (and
 * keeping it longer), and deleting it for good.
 */
import { useRef, useState } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT, useUiLang } from '../../i18n';
import { useMeta } from '../../sync/useYMap';
import { Icon } from '../../ui/Icon';
import { useSessionUi } from '../sessionUiStore';
import { DeleteBoardDialog } from './DeleteBoardDialog';
import { RetentionInfo } from './RetentionInfo';

export function BoardLifecycleSection() {
  const t = useT();
  const lang = useUiLang();
  const rt = useBoard();
  const meta = useMeta(rt.doc);
  const title = meta?.title.trim() || t('board.untitled');
  const key = useSessionUi((s) => s.facilitatorKey);
  const [deleting, setDeleting] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (rt.role !== 'facilitator' || !key) return null;
  return (
    <section className="panel-section lifecycle-section" aria-labelledby="lifecycle-title" data-testid="lifecycle">
      <h3 id="lifecycle-title">{t('session.lifecycle.title')}</h3>
      <RetentionInfo boardId={rt.boardId} facilitatorKey={key} lang={lang} />
      <div className="danger-zone">
        <p className="field-hint">{t('session.lifecycle.deleteIntro')}</p>
        <button
          ref={opener}
          type="button"
          className="button is-danger-outline is-wide"
          aria-haspopup="dialog"
          onClick={() => setDeleting(true)}
          data-testid="delete-board"
        >
          <Icon name="trash" size={18} />
          {t('session.lifecycle.delete')}
        </button>
      </div>
      {deleting && (
        <DeleteBoardDialog
          boardId={rt.boardId}
          facilitatorKey={key}
          title={title}
          onClose={() => {
            setDeleting(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
    </section>
  );
}
