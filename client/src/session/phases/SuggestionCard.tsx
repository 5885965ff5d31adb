/**
 * "Volgende stap": what the current phase suggests to the facilitator, one tap away — a private
 * round in Verkennen, the reveal in Onthullen, the voting settings in Stemmen, the action panel
 * in Actiepunten, the export in Afsluiting.
 */
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { CommandButton } from '../ui/CommandButton';
import { useCommand } from '../useCommand';
import { type Suggestion, suggestionsFor } from './phaseFlow';

export function SuggestionCard() {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const command = useCommand();
  const list = suggestionsFor(session);
  if (list.length === 0) return null;
  const open = (panel: 'results' | 'actions') => () => useSessionUi.getState().setPanel(panel);
  const render = (s: Suggestion) => {
    switch (s) {
      case 'startPrivate':
        return (
          <CommandButton command={command} cmd={{ type: 'setPrivateMode', on: true }} className="is-primary">
            {t('session.brainstorm.start')}
          </CommandButton>
        );
      case 'reveal':
        return (
          <CommandButton command={command} cmd={{ type: 'reveal' }} className="is-primary" testId="suggest-reveal">
            {t('session.brainstorm.reveal', { count: session.draftCount })}
          </CommandButton>
        );
      case 'openVoting': {
        const { perParticipant, maxPerTarget, anonymous } = session.voting;
        return (
          <CommandButton
            command={command}
            cmd={{ type: 'openVoting', perParticipant, maxPerTarget, anonymous }}
            className="is-primary"
          >
            {t('session.suggest.openVoting', { count: perParticipant })}
          </CommandButton>
        );
      }
      case 'closeVoting':
        return (
          <CommandButton
            command={command}
            cmd={{ type: 'closeVoting' }}
            className="is-primary"
            onDone={(ok) => ok && useSessionUi.getState().setPanel('results')}
          >
            {t('session.voting.close')}
          </CommandButton>
        );
      case 'showResults':
        return (
          <button type="button" className="button is-primary" onClick={open('results')}>
            {t('session.results.show')}
          </button>
        );
      case 'openActions':
        return (
          <button type="button" className="button is-primary" onClick={open('actions')}>
            {t('session.actions.open')}
          </button>
        );
      case 'revealAssessment':
        return (
          <CommandButton
            command={command}
            cmd={{ type: 'revealAssessment' }}
            onDone={(ok) => ok && useSessionUi.getState().setPanel('assessment')}
          >
            {t('session.assessment.reveal')}
          </CommandButton>
        );
      case 'openAssessment':
        return null;
      case 'export':
        return <p className="field-hint">{t('session.suggest.export')}</p>;
    }
  };
  return (
    <section className="suggestion-card" aria-labelledby="suggest-title" data-testid="suggestion-card">
      <h3 id="suggest-title">{t('session.suggest.title')}</h3>
      {list.map((s) => (
        <div key={s} className="suggestion">
          <p>{t(`session.suggest.${s}Hint`, { count: session.draftCount })}</p>
          {render(s)}
        </div>
      ))}
    </section>
  );
}
