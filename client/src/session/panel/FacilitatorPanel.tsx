/**
 * The facilitator's steering panel ("Regie"): the next step the current phase suggests, then
 * phases, timer, private brainstorm, voting, self-assessment, the room's settings, and last how
 * long the board is kept and deleting it.
 */
import type { Lang, Zone } from '@plg/shared';
import { useT } from '../../i18n';
import { AssessmentSection } from '../assessment/AssessmentSection';
import { BoardLifecycleSection } from '../lifecycle/BoardLifecycleSection';
import { PhaseSection } from '../phases/PhaseSection';
import { SuggestionCard } from '../phases/SuggestionCard';
import { TimerControls } from '../timer/TimerControls';
import { VotingSection } from '../voting/VotingSection';
import { BrainstormSection } from './BrainstormSection';
import { RoomSection } from './RoomSection';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function FacilitatorPanel(props: Props) {
  const t = useT();
  return (
    <div className="facilitator-panel" data-testid="facilitator-panel">
      <SuggestionCard />
      <PhaseSection />
      <section className="panel-section" aria-labelledby="timer-title">
        <h3 id="timer-title">{t('session.timer.title')}</h3>
        <TimerControls />
      </section>
      <BrainstormSection />
      <VotingSection />
      <AssessmentSection />
      <RoomSection {...props} />
      <BoardLifecycleSection />
    </div>
  );
}
