/**
 * The facilitator's timer controls: start / pause, +1 minuut, reset, the length (quick picks
 * and any number of minutes), and this screen's sound on or off.
 */
import { type FormEvent, useId, useState } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { CommandButton } from '../ui/CommandButton';
import { SessionIcon } from '../ui/SessionIcon';
import { useCommand } from '../useCommand';
import { TimerDisplay } from './TimerDisplay';
import { TimerSoundToggle } from './TimerSoundToggle';
import { QUICK_DURATIONS } from './timerState';

export function TimerControls() {
  const t = useT();
  const rt = useBoard();
  const timer = useSession(rt.doc).timer;
  const command = useCommand();
  const [minutes, setMinutes] = useState('');
  const inputId = useId();
  const running = timer.startedAt !== null;
  const setLength = (e: FormEvent) => {
    e.preventDefault();
    const m = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(m) || m <= 0) return;
    void command.run({ type: 'setTimer', durationMs: Math.round(Math.min(240, Math.max(1 / 6, m)) * 60_000) });
    setMinutes('');
  };
  return (
    <div className="timer-controls">
      <TimerDisplay />
      <div className="button-row">
        <CommandButton
          command={command}
          cmd={{ type: 'timer', action: running ? 'pause' : 'start' }}
          className="is-primary"
          testId="timer-start"
        >
          <SessionIcon name={running ? 'pause' : 'play'} size={18} />
          {running ? t('session.timer.pause') : t('session.timer.start')}
        </CommandButton>
        <CommandButton command={command} cmd={{ type: 'timer', action: 'addMinute' }} testId="timer-add">
          {t('session.timer.addMinute')}
        </CommandButton>
        <CommandButton command={command} cmd={{ type: 'timer', action: 'reset' }} testId="timer-reset">
          <SessionIcon name="reset" size={18} />
          {t('session.timer.reset')}
        </CommandButton>
      </div>
      <fieldset className="button-row plain-fieldset">
        <legend className="visually-hidden">{t('session.timer.length')}</legend>
        {QUICK_DURATIONS.map((m) => (
          <CommandButton
            key={m}
            command={command}
            cmd={{ type: 'setTimer', durationMs: m * 60_000 }}
            className="is-small"
            pressed={timer.durationMs === m * 60_000}
          >
            {t('session.timer.minutes', { count: m })}
          </CommandButton>
        ))}
      </fieldset>
      <form className="inline-form" onSubmit={setLength}>
        <label htmlFor={inputId}>{t('session.timer.custom')}</label>
        <input
          id={inputId}
          inputMode="decimal"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          placeholder="7"
          size={4}
          data-testid="timer-minutes"
        />
        <button type="submit" className="button is-small" disabled={command.pending !== null}>
          {t('session.timer.set')}
        </button>
      </form>
      <TimerSoundToggle />
    </div>
  );
}
