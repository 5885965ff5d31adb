/**
 * The facilitator's phases: the study day's steps in order (click one to go there), "next
 * phase", back to a free board, what participants may do in the current phase, and an editor
 * to reorder, rename and skip phases.
 */
import { useState } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { CommandButton } from '../ui/CommandButton';
import { SessionIcon } from '../ui/SessionIcon';
import { useCommand } from '../useCommand';
import { ActivityList } from './ActivityList';
import { PhaseEditor } from './PhaseEditor';
import { nextPhase } from './phaseFlow';
import { phaseLabel } from './phaseLabel';

export function PhaseSection() {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const command = useCommand();
  const [editing, setEditing] = useState(false);
  const next = nextPhase(session);
  return (
    <section className="panel-section" aria-labelledby="phase-section-title">
      <h3 id="phase-section-title">{t('session.phases.title')}</h3>
      <ol className="phase-steps">
        {session.phases.map((p, i) => {
          const current = p.id === session.phaseId;
          return (
            <li key={p.id} className={p.skipped ? 'is-skipped' : ''}>
              <CommandButton
                command={command}
                cmd={{ type: 'setPhase', phaseId: p.id }}
                className={`phase-step${current ? ' is-current' : ''}`}
                testId={`phase-${p.id}`}
                disabled={current}
              >
                <span className="phase-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{phaseLabel(t, p.id, session.phases)}</span>
                {current && <span className="visually-hidden">{t('session.phases.current')}</span>}
                {p.skipped && <span className="phase-skipped">{t('session.phases.skipped')}</span>}
              </CommandButton>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        {next && (
          <CommandButton
            command={command}
            cmd={{ type: 'setPhase', phaseId: next }}
            className="is-primary"
            testId="phase-next"
          >
            <SessionIcon name="next" size={18} />
            {session.phaseId === null
              ? t('session.phases.start', { phase: phaseLabel(t, next, session.phases) })
              : t('session.phases.next', { phase: phaseLabel(t, next, session.phases) })}
          </CommandButton>
        )}
        {session.phaseId !== null && (
          <CommandButton command={command} cmd={{ type: 'setPhase', phaseId: null }} className="is-small">
            {t('session.phases.free')}
          </CommandButton>
        )}
        <button
          type="button"
          className="button is-small is-quiet"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          data-testid="phase-edit"
        >
          {t('session.phases.edit')}
        </button>
      </div>
      {editing && <PhaseEditor phases={session.phases} command={command} />}
      <ActivityList session={session} />
    </section>
  );
}
