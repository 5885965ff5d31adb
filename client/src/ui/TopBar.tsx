/**
 * The top bar: board title and role, the people present, the connection badge, list and help
 * toggles, the language switch and the share button.
 */
import type { Role } from '@plg/shared';
import { showHelp, toggleList } from '../actions';
import { runAction } from '../actions/registry';
import { useBoard } from '../board/BoardContext';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n';
import { linkClick } from '../router';
import { useUiStore } from '../stores/uiStore';
import type { PresenceUser } from '../sync/presence';
import { ConnectionBadge } from './ConnectionBadge';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceList } from './PresenceList';

export function TopBar({ title, role, self }: { title: string; role: Role; self: PresenceUser | null }) {
  const t = useT();
  const rt = useBoard();
  const listOpen = useUiStore((s) => s.listOpen);
  return (
    <header className="top-bar">
      <a href="/" className="brand" onClick={linkClick('/')} aria-label={t('app.name')}>
        <img src="/favicon.svg" alt="" width={32} height={32} />
      </a>
      <div className="board-title">
        <h1 title={title}>{title}</h1>
        {role !== 'participant' && (
          <span className={`role-badge is-${role}`}>
            {role === 'viewer' ? t('board.readOnly') : t(`roles.${role}`)}
          </span>
        )}
      </div>
      <div className="top-actions">
        <PresenceList self={self} />
        <ConnectionBadge />
        <button
          type="button"
          className={`icon-button list-toggle${listOpen ? ' is-active' : ''}`}
          aria-pressed={listOpen}
          aria-label={listOpen ? t('list.hide') : t('list.show')}
          title={`${listOpen ? t('list.hide') : t('list.show')} (L)`}
          data-testid="toggle-list"
          onClick={() => runAction(toggleList, rt, undefined)}
        >
          <Icon name="list" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('actions.help')}
          title={`${t('actions.help')} (?)`}
          onClick={() => runAction(showHelp, rt, undefined)}
          data-testid="help-button"
        >
          <Icon name="help" />
        </button>
        <LanguageSwitch />
        <ExportMenu />
        <button
          type="button"
          className="button is-primary share-button"
          onClick={() => useUiStore.getState().openDialog('share')}
          data-testid="share-button"
        >
          <Icon name="share" size={18} />
          <span>{t('share.button')}</span>
        </button>
      </div>
    </header>
  );
}
