/**
 * An on/off switch for a facilitator setting (lock, anonymity, follow-me…): shows the current
 * value from the session, sends the command with the opposite, and shows progress while it goes.
 */
import type { ReactNode } from 'react';
import type { SessionCommand } from '../api/sessionApi';
import type { CommandRunner } from '../useCommand';

type ToggleType = Extract<SessionCommand, { on: boolean }>['type'];

interface Props {
  command: CommandRunner;
  type: ToggleType;
  on: boolean;
  label: ReactNode;
  hint?: ReactNode;
  testId?: string;
}

export function CommandToggle({ command, type, on, label, hint, testId }: Props) {
  const busy = command.pending === type;
  return (
    <div className="session-toggle">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-busy={busy || undefined}
        className={`switch${on ? ' is-on' : ''}${busy ? ' is-busy' : ''}`}
        disabled={!command.available || command.pending !== null}
        data-testid={testId}
        onClick={() => void command.run({ type, on: !on } as SessionCommand)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{label}</span>
      </button>
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
