/** Zoom out, the zoom percentage (click: back to 100%), zoom in, and zoom to fit. */
import { zoomIn, zoomOut, zoomReset, zoomToFit } from '../actions';
import { runAction } from '../actions/registry';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { ActionButton } from './ActionButton';

export function ZoomControls() {
  const t = useT();
  const rt = useBoard();
  const percent = useUiStore((s) => Math.round(s.viewport.zoom * 100));
  return (
    <div className="zoom-controls" role="toolbar" aria-label={t('zoom.controls')}>
      <ActionButton action={zoomOut} icon="minus" />
      <button
        type="button"
        className="zoom-percent"
        aria-label={`${t('zoom.percent', { percent })}. ${t('actions.zoomReset')}`}
        title={t('actions.zoomReset')}
        data-testid="zoom-percent"
        onClick={() => runAction(zoomReset, rt, undefined)}
      >
        {percent}%
      </button>
      <ActionButton action={zoomIn} icon="plus" />
      <ActionButton action={zoomToFit} icon="fit" />
    </div>
  );
}
