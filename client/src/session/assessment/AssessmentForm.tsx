/**
 * "Waar staan we?" for one person: per core element a four-step scale (beginnend, in
 * ontwikkeling, gevorderd, verankerd) as radio buttons, written to their private document while
 * the self-assessment is open. Only they see their answers; the team sees the total later.
 */
import { ASSESSMENT_LEVEL_KEYS, ASSESSMENT_LEVELS, type Lang, myAssessmentOf, type Zone, zoneText } from '@plg/shared';
import type * as Y from 'yjs';
import { useBoard, usePermissions } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useOwnMap } from '../useSessionData';

/** One person's levels per zone, from their private `assessment` map. */
export function readLevels(map: Y.Map<unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of map.entries()) if (typeof v === 'number') out[k] = v;
  return out;
}

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function AssessmentForm({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const can = usePermissions();
  const mine = useOwnMap(rt, myAssessmentOf, readLevels) ?? {};
  const choose = (zoneId: string, level: number) => {
    const doc = rt.own.current;
    if (!doc || !can.assess) return;
    doc.transact(() => myAssessmentOf(doc).set(zoneId, level), rt.origin);
  };
  const done = zones.filter((z) => mine[z.id] !== undefined).length;
  return (
    <form className="assessment-form" onSubmit={(e) => e.preventDefault()} data-testid="assessment-form">
      <p className="field-hint">{t('session.assessment.private')}</p>
      {zones.map((zone) => {
        const label = zoneText(zone, templateId, lang).label;
        return (
          <fieldset
            key={zone.id}
            className="scale"
            style={{ ['--zone-color' as string]: zone.color }}
            disabled={!can.assess}
          >
            <legend>{label}</legend>
            <div className="scale-options">
              {ASSESSMENT_LEVELS.map((level, i) => (
                <label key={level} className={`scale-option${mine[zone.id] === level ? ' is-chosen' : ''}`}>
                  <input
                    type="radio"
                    name={`assess-${zone.id}`}
                    value={level}
                    checked={mine[zone.id] === level}
                    onChange={() => choose(zone.id, level)}
                    data-testid={`assess-${zone.id}-${level}`}
                  />
                  <span className="scale-step" aria-hidden="true">
                    {level}
                  </span>
                  <span>{t(`session.assessment.levels.${ASSESSMENT_LEVEL_KEYS[i] ?? 'starting'}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p className="panel-status" role="status">
        {t('session.assessment.progress', { done, total: zones.length })}
      </p>
    </form>
  );
}
