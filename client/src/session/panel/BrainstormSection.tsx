/**
 * Private brainstorm and anonymity: start a private round (new notes stay in each person's
 * drafts), see how many notes wait, reveal them all at once; notes without names.
 */
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { CommandButton } from '../ui/CommandButton';
import { CommandToggle } from '../ui/CommandToggle';
import { SessionIcon } from '../ui/SessionIcon';
import { useCommand } from '../useCommand';

export function BrainstormSection() {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const command = useCommand();
  return (
    <section className="panel-section" aria-labelledby="brainstorm-title">
      <h3 id="brainstorm-title">{t('session.brainstorm.title')}</h3>
      {session.privateMode ? (
        <>
          <p className="panel-status is-private" data-testid="draft-count">
            <SessionIcon name="lock" size={18} />
            {t('session.brainstorm.waiting', { count: session.draftCount })}
          </p>
          <CommandButton
            command={command}
            cmd={{ type: 'reveal' }}
            className="is-primary is-wide"
            testId="reveal"
            done={t('session.brainstorm.revealed')}
          >
            {t('session.brainstorm.reveal', { count: session.draftCount })}
          </CommandButton>
        </>
      ) : (
        <>
          <p className="field-hint">{t('session.brainstorm.intro')}</p>
          <CommandButton
            command={command}
            cmd={{ type: 'setPrivateMode', on: true }}
            className="is-wide"
            testId="start-private"
          >
            <SessionIcon name="lock" size={18} />
            {t('session.brainstorm.start')}
          </CommandButton>
        </>
      )}
      <CommandToggle
        command={command}
        type="setAnonymous"
        on={session.anonymous}
        label={t('session.brainstorm.anonymous')}
        hint={t('session.brainstorm.anonymousHint')}
        testId="toggle-anonymous"
      />
    </section>
  );
}
