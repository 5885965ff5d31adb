/**
 * Where the study day is: the phases as a row of steps with the current one marked (on a phone
 * only the current one), or "vrij bord" when no phase runs.
 */

import type { Session } from '@plg/shared';
import { useT } from '../../i18n';
import { activePhases } from './phaseFlow';
import { phaseLabel } from './phaseLabel';

export function PhaseSteps({ session, large = false }: { session: Session; large?: boolean }) {
  const t = useT();
  if (session.phaseId === null) {
    return (
      <p className={`phase-current${large ? ' is-large' : ''}`} data-testid="current-phase">
        {t('session.phases.none')}
      </p>
    );
  }
  const list = activePhases(session.phases);
  const index = list.findIndex((p) => p.id === session.phaseId);
  return (
    <nav className={`phase-track${large ? ' is-large' : ''}`} aria-label={t('session.phases.title')}>
      <ol>
        {list.map((p, i) => (
          <li
            key={p.id}
            className={i < index ? 'is-done' : i === index ? 'is-current' : ''}
            aria-current={i === index ? 'step' : undefined}
            data-testid={i === index ? 'current-phase' : undefined}
            data-phase={p.id}
          >
            <span className="phase-dot" aria-hidden="true">
              {i + 1}
            </span>
            <span className="phase-name">{phaseLabel(t, p.id, session.phases)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
