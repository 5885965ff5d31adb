/**
 * The facilitator's "Waar staan we?": open the self-assessment, see how many filled it in,
 * reveal the team's picture (opens the chart for everyone), start over.
 */
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { CommandButton } from '../ui/CommandButton';
import { useCommand } from '../useCommand';

export function AssessmentSection() {
  const t = useT();
  const rt = useBoard();
  const { assessment, assessedCount } = useSession(rt.doc);
  const command = useCommand();
  return (
    <section className="panel-section" aria-labelledby="assess-title">
      <h3 id="assess-title">{t('session.assessment.title')}</h3>
      {assessment === 'idle' && (
        <>
          <p className="field-hint">{t('session.assessment.intro')}</p>
          <CommandButton
            command={command}
            cmd={{ type: 'openAssessment' }}
            className="is-wide"
            testId="open-assessment"
          >
            {t('session.assessment.open')}
          </CommandButton>
        </>
      )}
      {assessment === 'open' && (
        <>
          <p className="panel-status is-live" data-testid="assessed-count">
            {t('session.assessment.assessed', { count: assessedCount })}
          </p>
          <CommandButton
            command={command}
            cmd={{ type: 'revealAssessment' }}
            className="is-primary is-wide"
            testId="reveal-assessment"
            onDone={(ok) => ok && useSessionUi.getState().setPanel('assessment')}
          >
            {t('session.assessment.reveal')}
          </CommandButton>
        </>
      )}
      {assessment === 'revealed' && (
        <button type="button" className="button is-wide" onClick={() => useSessionUi.getState().setPanel('assessment')}>
          {t('session.assessment.show')}
        </button>
      )}
      {assessment !== 'idle' && (
        <CommandButton command={command} cmd={{ type: 'resetAssessment' }} className="is-small is-quiet">
          {t('session.assessment.reset')}
        </CommandButton>
      )}
    </section>
  );
}
