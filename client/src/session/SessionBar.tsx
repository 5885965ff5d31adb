/**
 * The session bar under the top bar, for everyone: where the study day is (phases), what you
 * can do now, the private brainstorm and lock, your dots left while voting, the timer, and the
 * session panels (Regie and Versies for the facilitator, Waar staan we?, Actiepunten, Uitslag)
 * and presentation mode.
 */
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { useSession } from '../sync/useYMap';
import { PhaseSteps } from './phases/PhaseSteps';
import { type SessionPanelId, useSessionUi } from './sessionUiStore';
import { TimerDisplay } from './timer/TimerDisplay';
import { TimerSoundToggle } from './timer/TimerSoundToggle';
import { SessionIcon, type SessionIconName } from './ui/SessionIcon';
import { useVoting } from './voting/useVoting';

export function SessionBar() {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const voting = useVoting();
  const panel = useSessionUi((s) => s.panel);
  const facilitator = rt.role === 'facilitator';
  const timerShown =
    facilitator || session.timer.startedAt !== null || session.timer.remainingMs !== session.timer.durationMs;
  const hint =
    session.locked && rt.role === 'participant'
      ? t('session.hints.locked')
      : session.privateMode && rt.role === 'participant'
        ? t('session.hints.private')
        : session.phaseId
          ? t(`session.hints.${session.phaseId}`)
          : t('session.hints.free');
  const tab = (id: SessionPanelId, icon: SessionIconName, label: string) => (
    <button
      type="button"
      className={`bar-button${panel === id ? ' is-active' : ''}`}
      aria-pressed={panel === id}
      onClick={() => useSessionUi.getState().togglePanel(id)}
      data-testid={`bar-${id}`}
    >
      <SessionIcon name={icon} size={18} />
      <span>{label}</span>
    </button>
  );
  return (
    <div className="session-bar" data-testid="session-bar" data-phase={session.phaseId ?? 'none'}>
      <PhaseSteps session={session} />
      <p className="session-hint">{hint}</p>
      {session.privateMode && (
        <span className="bar-badge is-private" data-testid="private-badge">
          <SessionIcon name="lock" size={16} />
          {t('session.brainstorm.badge', { count: session.draftCount })}
        </span>
      )}
      {session.locked && (
        <span className="bar-badge is-locked">
          <SessionIcon name="lock" size={16} />
          {t('session.room.locked')}
        </span>
      )}
      {voting.active && (
        <span className="bar-badge is-votes" data-testid="dots-left" data-left={voting.left} aria-live="polite">
          <SessionIcon name="dot" size={16} />
          {t('session.voting.left', { count: voting.left })}
        </span>
      )}
      {timerShown && <TimerDisplay chime />}
      {timerShown && !facilitator && <TimerSoundToggle compact />}
      <div className="bar-buttons">
        {facilitator && tab('facilitator', 'flag', t('session.panel.facilitator'))}
        {(facilitator || session.assessment !== 'idle') && tab('assessment', 'chart', t('session.panel.assessment'))}
        {tab('actions', 'checklist', t('session.panel.actions'))}
        {(facilitator ? session.voting.status !== 'idle' : session.voting.status === 'closed') &&
          tab('results', 'podium', t('session.panel.results'))}
        {facilitator && tab('history', 'history', t('session.panel.history'))}
        <button
          type="button"
          className="bar-button is-present"
          title={t('session.present.start')}
          onClick={() => useSessionUi.getState().setPresenting(true)}
          data-testid="present-button"
        >
          <SessionIcon name="present" size={18} />
          <span>{t('session.present.start')}</span>
        </button>
      </div>
    </div>
  );
}
