/**
 * The facilitator's dot voting: the settings (dots per person, most dots on one item, secret
 * or named), open, the live number of dots cast (no tallies while open), close and publish,
 * start over.
 */
import { useId, useState } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { CommandButton } from '../ui/CommandButton';
import { useCommand } from '../useCommand';

export function VotingSection() {
  const t = useT();
  const rt = useBoard();
  const { voting, votesCast } = useSession(rt.doc);
  const command = useCommand();
  const [per, setPer] = useState(voting.perParticipant);
  const [max, setMax] = useState(voting.maxPerTarget);
  const [anonymous, setAnonymous] = useState(voting.anonymous);
  const perId = useId();
  const maxId = useId();
  return (
    <section className="panel-section" aria-labelledby="voting-title" data-testid="voting-section">
      <h3 id="voting-title">{t('session.voting.title')}</h3>
      {voting.status === 'open' ? (
        <>
          <p className="panel-status is-live" data-testid="votes-cast">
            {t('session.voting.cast', { count: votesCast })}
          </p>
          <p className="field-hint">
            {t('session.voting.rules', { count: voting.perParticipant, max: voting.maxPerTarget || '∞' })}
          </p>
          <CommandButton
            command={command}
            cmd={{ type: 'closeVoting' }}
            className="is-primary is-wide"
            testId="close-voting"
            onDone={(ok) => ok && useSessionUi.getState().setPanel('results')}
          >
            {t('session.voting.close')}
          </CommandButton>
        </>
      ) : (
        <>
          {voting.status === 'closed' && <p className="panel-status">{t('session.voting.closed')}</p>}
          <div className="field-grid">
            <label htmlFor={perId}>{t('session.voting.perParticipant')}</label>
            <input
              id={perId}
              type="number"
              min={1}
              max={20}
              value={per}
              onChange={(e) => setPer(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
              data-testid="voting-per"
            />
            <label htmlFor={maxId}>{t('session.voting.maxPerTarget')}</label>
            <input
              id={maxId}
              type="number"
              min={0}
              max={20}
              value={max}
              onChange={(e) => setMax(Math.max(0, Math.min(20, Number(e.target.value) || 0)))}
              data-testid="voting-max"
            />
          </div>
          <p className="field-hint">{t('session.voting.maxHint')}</p>
          <label className="check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('session.voting.anonymous')}
          </label>
          <CommandButton
            command={command}
            cmd={{ type: 'openVoting', perParticipant: per, maxPerTarget: max, anonymous }}
            className="is-primary is-wide"
            testId="open-voting"
          >
            {voting.status === 'closed' ? t('session.voting.reopen') : t('session.voting.open')}
          </CommandButton>
        </>
      )}
      {voting.status !== 'idle' && (
        <CommandButton command={command} cmd={{ type: 'resetVoting' }} className="is-small is-quiet">
          {t('session.voting.reset')}
        </CommandButton>
      )}
    </section>
  );
}
