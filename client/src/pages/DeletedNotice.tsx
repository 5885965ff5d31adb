/**
 * On the home page, once, after the facilitator deleted a board: what happened. It takes the
 * focus (the board page the focus was on is gone), so a screen reader reads it.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { Icon } from '../ui/Icon';
import { clearDeletedNotice, peekDeletedNotice } from './deletedNotice';

export function DeletedNotice() {
  const t = useT();
  const [notice, setNotice] = useState(peekDeletedNotice);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    clearDeletedNotice();
    ref.current?.focus();
  }, []);
  if (!notice) return null;
  return (
    <div ref={ref} className="home-notice" role="status" tabIndex={-1} data-testid="board-deleted-notice">
      <Icon name="trash" size={22} />
      <p>{t('home.deleted', { title: notice.title })}</p>
      <button type="button" className="icon-button" aria-label={t('home.dismiss')} onClick={() => setNotice(null)}>
        <Icon name="close" size={18} />
      </button>
    </div>
  );
}
