/**
 * Presentation mode for the projector: no editing chrome (the layout hides it), the model fitted
 * to the screen, the phase and the timer large, live counts readable across the room, and the
 * join panel on demand. Escape or the close button ends it.
 */
import { boundsOf, type Zone } from '@plg/shared';
import { useEffect } from 'react';
import { useBoard } from '../../board/BoardContext';
import { fitBounds } from '../../canvas/viewport';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../sync/useYMap';
import { applyView } from '../follow/applyView';
import { JoinPanel } from '../join/JoinPanel';
import { PhaseSteps } from '../phases/PhaseSteps';
import { useSessionUi } from '../sessionUiStore';
import { TimerDisplay } from '../timer/TimerDisplay';
import { SessionIcon } from '../ui/SessionIcon';
import { useLiveCounts } from './useLiveCounts';

export function PresentationHud({
  zones,
  title,
  fallbackLink,
}: {
  zones: readonly Zone[];
  title: string;
  fallbackLink: string | null;
}) {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const counts = useLiveCounts();
  const joinOpen = useSessionUi((s) => s.joinOpen);
  const size = useUiStore((s) => s.stageSize);

  // The whole model on the screen: on entering, once the model has arrived, and whenever the
  // screen's size changes (not on every edit).
  const hasModel = zones.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (size.width === 0 || session.spotlightZoneId) return;
    const box = boundsOf([...zones, ...rt.notes.getSnapshot().ordered]);
    if (!box) return;
    // Below the header band (phase, counts, timer).
    const top = Math.min(170, size.height * 0.2);
    const vp = fitBounds(box, { width: size.width, height: size.height - top }, Math.min(32, size.width / 40), 2);
    applyView({ ...vp, y: vp.y + top });
  }, [size.width, size.height, hasModel]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') useSessionUi.getState().setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const timerShown = session.timer.startedAt !== null || session.timer.remainingMs !== session.timer.durationMs;
  const stat = (value: number, label: string, testId: string) => (
    <div className="present-stat" data-testid={testId}>
      <span className="present-stat-value">{value}</span>
      <span className="present-stat-label">{label}</span>
    </div>
  );
  return (
    <div className="presentation-hud" data-testid="presentation">
      <header className="present-top">
        <div className="present-title">
          <p className="present-board">{title}</p>
          <PhaseSteps session={session} large />
        </div>
        <div className="present-stats">
          {stat(
            counts.participants,
            t('session.present.participants', { count: counts.participants }),
            'stat-participants',
          )}
          {stat(counts.notes, t('session.present.notes', { count: counts.notes }), 'stat-notes')}
          {session.privateMode &&
            stat(counts.drafts, t('session.present.drafts', { count: counts.drafts }), 'stat-drafts')}
          {session.voting.status !== 'idle' &&
            stat(counts.votes, t('session.present.votes', { count: counts.votes }), 'stat-votes')}
        </div>
        {timerShown && <TimerDisplay size="huge" />}
      </header>
      {joinOpen && (
        <div className="present-join">
          <JoinPanel fallbackLink={fallbackLink} />
        </div>
      )}
      <div className="present-controls">
        <button
          type="button"
          className="button"
          onClick={() => useSessionUi.getState().setJoinOpen(!joinOpen)}
          aria-pressed={joinOpen}
          data-testid="present-join"
        >
          <SessionIcon name="qr" size={20} />
          {joinOpen ? t('session.join.hide') : t('session.join.show')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useSessionUi.getState().setPresenting(false)}
          data-testid="present-exit"
        >
          <SessionIcon name="close" size={20} />
          {t('session.present.stop')}
        </button>
      </div>
    </div>
  );
}
