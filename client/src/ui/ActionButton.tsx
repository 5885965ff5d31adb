/**
 * A toolbar button bound to a registered action: label from the action's label key (plus its
 * shortcut in the tooltip), disabled when the action's predicate says no.
 */
import type { ReactNode } from 'react';
import { actionContext, runAction } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { Icon, type IconName } from './Icon';

interface Props<Arg> {
  action: Action<Arg>;
  arg?: Arg;
  icon: IconName;
  /** Visible text next to the icon (the accessible name is the label either way). */
  text?: ReactNode;
  pressed?: boolean;
  className?: string;
}

export function ActionButton<Arg>({ action, arg, icon, text, pressed, className = '' }: Props<Arg>) {
  const t = useT();
  const rt = useBoard();
  const enabled = action.predicate(actionContext(rt));
  const label = t(action.labelKey);
  const kbd = action.kbd?.[0];
  return (
    <button
      type="button"
      className={`tool-button ${className}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={kbd ? formatShortcut(kbd, false).replace('Ctrl', 'Control') : undefined}
      title={kbd ? `${label} (${formatShortcut(kbd)})` : label}
      disabled={!enabled}
      data-testid={`action-${action.id}`}
      onClick={() => runAction(action, rt, arg as Arg)}
    >
      <Icon name={icon} />
      {text && <span className="tool-text">{text}</span>}
    </button>
  );
}
