/** On a phone: switch between the list (default) and the canvas. */
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { Icon } from './Icon';

export function ViewSwitch() {
  const t = useT();
  const view = useUiStore((s) => s.mainView);
  const set = useUiStore((s) => s.setMainView);
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t('board.views')}</legend>
      <button type="button" aria-pressed={view === 'list'} onClick={() => set('list')} data-testid="view-list">
        <Icon name="list" size={20} /> {t('board.viewList')}
      </button>
      <button type="button" aria-pressed={view === 'canvas'} onClick={() => set('canvas')} data-testid="view-canvas">
        <Icon name="board" size={20} /> {t('board.viewCanvas')}
      </button>
    </fieldset>
  );
}
