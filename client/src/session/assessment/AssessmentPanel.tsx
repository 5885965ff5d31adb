/**
 * The "Waar staan we?" panel: before it opens an explanation, while open the person's own
 * scale (and how many have answered), after the reveal the team's chart and table.
 */
import type { Lang, Zone } from '@plg/shared';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentResults } from './AssessmentResults';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function AssessmentPanel(props: Props) {
  const t = useT();
  const rt = useBoard();
  const { assessment, assessedCount } = useSession(rt.doc);
  const areas = props.zones.filter((z) => z.kind === 'area');
  return (
    <div className="assessment-panel" data-testid="assessment-panel">
      <p className="panel-intro">{t('session.assessment.question')}</p>
      {assessment === 'idle' && <p className="field-hint">{t('session.assessment.notOpen')}</p>}
      {assessment === 'open' && (
        <>
          {rt.role !== 'viewer' && <AssessmentForm {...props} zones={areas} />}
          <p className="panel-status is-live">{t('session.assessment.assessed', { count: assessedCount })}</p>
        </>
      )}
      {assessment === 'revealed' && <AssessmentResults {...props} zones={areas} />}
    </div>
  );
}
