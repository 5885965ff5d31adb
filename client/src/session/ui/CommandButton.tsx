/**
 * A button that sends one facilitator command: disabled while any command of its runner is on
 * its way, marked busy (with a spinner) while its own is, so every command shows progress.
 */
import type { ReactNode } from 'react';
import type { SessionCommand } from '../api/sessionApi';
import type { CommandRunner } from '../useCommand';

interface Props {
  command: CommandRunner;
  cmd: SessionCommand;
  children: ReactNode;
  className?: string;
  pressed?: boolean;
  testId?: string;
  /** Shown as a toast when the server accepted the command. */
  done?: string;
  disabled?: boolean;
  title?: string;
  onDone?(ok: boolean): void;
}

export function CommandButton({
  command,
  cmd,
  children,
  className = '',
  pressed,
  testId,
  done,
  disabled,
  title,
  onDone,
}: Props) {
  const busy = command.pending === cmd.type;
  return (
    <button
      type="button"
      className={`button ${className}${busy ? ' is-busy' : ''}`}
      aria-pressed={pressed}
      aria-busy={busy || undefined}
      disabled={disabled || !command.available || command.pending !== null}
      data-testid={testId}
      title={title}
      onClick={() => {
        void command.run(cmd, done).then((ok) => onDone?.(ok));
      }}
    >
      {children}
      {busy && <span className="spinner" aria-hidden="true" />}
    </button>
  );
}
