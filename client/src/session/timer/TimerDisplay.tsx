/**
 * The countdown, large and clear: m:ss in tabular digits with a thin progress bar, turning red
 * and pulsing (calmly; still under reduced motion) with "Tijd is om!" when time is up. Screen
 * readers hear only that time is up, not every second.
 */
import { useT } from '../../i18n';
import { SessionIcon } from '../ui/SessionIcon';
import { useTimer, useTimeUpChime } from './useTimer';

export function TimerDisplay({ size = 'bar', chime = false }: { size?: 'bar' | 'huge'; chime?: boolean }) {
  const t = useT();
  const view = useTimer();
  useTimeUpChime(chime ? view.status : 'stopped');
  const up = view.status === 'up';
  return (
    <div
      className={`session-timer is-${size} is-${view.status}`}
      data-testid={size === 'huge' ? 'present-timer' : 'session-timer'}
      data-status={view.status}
    >
      <SessionIcon name="clock" size={size === 'huge' ? 40 : 20} />
      <span className="session-timer-text" role="timer" aria-label={t('session.timer.label', { time: view.text })}>
        {view.text}
      </span>
      {view.status === 'paused' && <span className="session-timer-state">{t('session.timer.paused')}</span>}
      <span className="session-timer-up" role="status">
        {up ? t('session.timer.up') : ''}
      </span>
      <span className="session-timer-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(view.fraction * 100)}%` }} />
      </span>
    </div>
  );
}
