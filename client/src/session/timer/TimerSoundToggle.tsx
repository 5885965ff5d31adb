/**
 * This screen's "time is up" chime on or off (remembered in this browser). Everyone has it: in a
 * room full of laptops, each person decides whether theirs chimes.
 */
import { useT } from '../../i18n';
import { useSessionUi } from '../sessionUiStore';
import { SessionIcon } from '../ui/SessionIcon';

export function TimerSoundToggle({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const muted = useSessionUi((s) => s.muted);
  const label = muted ? t('session.timer.soundOff') : t('session.timer.soundOn');
  return (
    <button
      type="button"
      className={compact ? 'bar-button is-icon' : 'button is-small is-quiet'}
      aria-pressed={!muted}
      aria-label={compact ? label : undefined}
      title={compact ? label : undefined}
      onClick={() => useSessionUi.getState().setMuted(!muted)}
      data-testid={compact ? 'timer-sound' : undefined}
    >
      <SessionIcon name={muted ? 'mute' : 'sound'} size={18} />
      {compact ? null : label}
    </button>
  );
}
