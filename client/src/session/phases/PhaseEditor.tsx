/**
 * Editing the phase plan: move a phase up or down, give it the school's own name, skip it.
 * Every change is one setPhases command; a name is sent when its field is left.
 */
import type { PhaseEntry } from '@plg/shared';
import { useT } from '../../i18n';
import { SessionIcon } from '../ui/SessionIcon';
import type { CommandRunner } from '../useCommand';
import { movePhase, patchPhase } from './phaseFlow';

export function PhaseEditor({ phases, command }: { phases: readonly PhaseEntry[]; command: CommandRunner }) {
  const t = useT();
  const send = (next: PhaseEntry[]) => void command.run({ type: 'setPhases', phases: next });
  const busy = command.pending !== null || !command.available;
  return (
    <ol className="phase-editor" aria-label={t('session.phases.edit')}>
      {phases.map((p, i) => {
        const name = t(`session.phases.${p.id}.label`);
        return (
          <li key={p.id} data-testid={`phase-editor-${p.id}`}>
            <input
              aria-label={t('session.phases.rename', { phase: name })}
              defaultValue={p.label}
              placeholder={name}
              maxLength={60}
              onBlur={(e) => {
                const label = e.target.value.trim();
                if (label !== p.label) send(patchPhase(phases, p.id, { label }));
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <button
              type="button"
              className="icon-button is-small"
              aria-label={t('session.phases.moveUp', { phase: name })}
              disabled={busy || i === 0}
              onClick={() => send(movePhase(phases, i, -1))}
            >
              <SessionIcon name="up" size={18} />
            </button>
            <button
              type="button"
              className="icon-button is-small"
              aria-label={t('session.phases.moveDown', { phase: name })}
              disabled={busy || i === phases.length - 1}
              onClick={() => send(movePhase(phases, i, 1))}
            >
              <SessionIcon name="down" size={18} />
            </button>
            <label className="check">
              <input
                type="checkbox"
                checked={p.skipped}
                disabled={busy}
                onChange={(e) => send(patchPhase(phases, p.id, { skipped: e.target.checked }))}
              />
              {t('session.phases.skip')}
            </label>
          </li>
        );
      })}
    </ol>
  );
}
