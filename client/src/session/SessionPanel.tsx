/**
 * The session's side panel (a sheet over the board on a phone): the facilitator's "Regie",
 * "Waar staan we?", the action points, the vote results and the facilitator's "Versies", one at
 * a time, with tabs to switch. Each panel's code loads when it is first opened (Regie's, open
 * as the facilitator's board opens, right after the board's first paint).
 */
import type { Lang, Zone } from '@plg/shared';
import { useEffect, useRef } from 'react';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { afterBoardPainted } from '../ui/boardPainted';
import { lazyPart } from '../ui/lazyPart';
import { FACILITATOR_PANELS, SESSION_PANELS, type SessionPanelId, useSessionUi } from './sessionUiStore';
import { SessionIcon } from './ui/SessionIcon';

// Open when the facilitator's board opens on a desktop, but not needed to draw the board: its
// code (with the dates formatter and the lifecycle section) loads right after the first paint.
const FacilitatorPanel = lazyPart(() => import('./panel/FacilitatorPanel').then((m) => m.FacilitatorPanel), {
  facilitatorOnly: true,
  after: afterBoardPainted,
});
const AssessmentPanel = lazyPart(() => import('./assessment/AssessmentPanel').then((m) => m.AssessmentPanel));
const ActionPointsPanel = lazyPart(() => import('./actionpoints/ActionPointsPanel').then((m) => m.ActionPointsPanel));
const ResultsPanel = lazyPart(() => import('./voting/ResultsPanel').then((m) => m.ResultsPanel));
const HistoryPanel = lazyPart(() => import('./history/HistoryPanel').then((m) => m.HistoryPanel), {
  facilitatorOnly: true,
});

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function SessionPanel(props: Props) {
  const t = useT();
  const rt = useBoard();
  const panel = useSessionUi((s) => s.panel);
  const tabs = SESSION_PANELS.filter((p) => !FACILITATOR_PANELS.has(p) || rt.role === 'facilitator');
  const tablist = useRef<HTMLDivElement>(null);
  // The tabs scroll sideways when they do not fit: keep the open one in sight.
  useEffect(() => {
    const list = tablist.current;
    const tab = panel ? list?.querySelector<HTMLElement>('[aria-selected="true"]') : null;
    if (!list || !tab) return;
    const box = list.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < box.left) list.scrollLeft -= box.left - at.left;
    else if (at.right > box.right) list.scrollLeft += at.right - box.right;
  }, [panel]);
  if (!panel || !tabs.includes(panel)) return null;
  const title = (id: SessionPanelId) => t(`session.panel.${id}`);
  return (
    <aside className="session-panel" aria-label={title(panel)} data-testid="session-panel" data-panel={panel}>
      <div className="session-panel-head">
        <div ref={tablist} className="session-tabs" role="tablist" aria-label={t('session.panel.title')}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={panel === id}
              className="session-tab"
              onClick={() => useSessionUi.getState().setPanel(id)}
              data-testid={`tab-${id}`}
            >
              {title(id)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('session.panel.close')}
          onClick={() => useSessionUi.getState().setPanel(null)}
          data-testid="session-panel-close"
        >
          <SessionIcon name="close" />
        </button>
      </div>
      <div className="session-panel-body" role="tabpanel" aria-label={title(panel)}>
        <h2 className="session-panel-title">{title(panel)}</h2>
        {panel === 'facilitator' && <FacilitatorPanel {...props} />}
        {panel === 'assessment' && <AssessmentPanel {...props} />}
        {panel === 'actions' && <ActionPointsPanel {...props} />}
        {panel === 'results' && <ResultsPanel />}
        {panel === 'history' && <HistoryPanel templateId={props.templateId} />}
      </div>
    </aside>
  );
}
