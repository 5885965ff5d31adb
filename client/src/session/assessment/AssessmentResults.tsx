/**
 * The team's picture after the reveal: the radar chart, a table with the same numbers per
 * element (how many answered, average, lowest–highest, how many per step), and the element
 * where people differ most, as the start of the dialogue.
 */
import { ASSESSMENT_LEVEL_KEYS, type Lang, myAssessmentOf, type Zone, zoneText } from '@plg/shared';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useOwnMap, useResults } from '../useSessionData';
import { readLevels } from './AssessmentForm';
import { Histogram } from './Histogram';
import { RadarChart } from './RadarChart';
import { summarise, widestGap } from './radarGeometry';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function AssessmentResults({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const results = useResults(rt.doc);
  const mine = useOwnMap(rt, myAssessmentOf, readLevels) ?? {};
  const summary = summarise(
    zones.map((z) => z.id),
    results.assessment ?? {},
  );
  const gap = widestGap(summary);
  const label = (id: string) => {
    const zone = zones.find((z) => z.id === id);
    return zone ? zoneText(zone, templateId, lang).label : id;
  };
  const level = (n: number) => t(`session.assessment.levels.${ASSESSMENT_LEVEL_KEYS[n - 1] ?? 'starting'}`);
  const gapSummary = summary.find((s) => s.zoneId === gap);
  return (
    <div className="assessment-results" data-testid="assessment-results">
      {gapSummary && (
        <p className="gap-callout" data-testid="assessment-gap">
          {t('session.assessment.gap', {
            element: label(gapSummary.zoneId),
            from: level(gapSummary.min),
            to: level(gapSummary.max),
          })}
        </p>
      )}
      <RadarChart
        highlight={gap}
        axes={summary.map((s) => ({
          id: s.zoneId,
          label: label(s.zoneId),
          average: s.average,
          min: s.min,
          max: s.max,
          count: s.count,
          ...(mine[s.zoneId] !== undefined ? { mine: mine[s.zoneId] } : {}),
        }))}
      />
      <ul className="radar-legend" aria-hidden="true">
        <li className="is-average">{t('session.assessment.legendAverage')}</li>
        <li className="is-band">{t('session.assessment.legendBand')}</li>
        {Object.keys(mine).length > 0 && <li className="is-mine">{t('session.assessment.legendMine')}</li>}
      </ul>
      <div className="table-scroll">
        <table className="assessment-table" data-testid="assessment-table">
          <caption>{t('session.assessment.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('session.assessment.element')}</th>
              <th scope="col">{t('session.assessment.average')}</th>
              <th scope="col">{t('session.assessment.spread')}</th>
              <th scope="col">{t('session.assessment.distribution')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.zoneId} className={s.gap ? 'is-gap' : ''}>
                <th scope="row">
                  {label(s.zoneId)}
                  {s.gap && <span className="gap-mark">{t('session.assessment.gapMark')}</span>}
                </th>
                <td>{s.count > 0 ? s.average.toLocaleString(lang, { maximumFractionDigits: 1 }) : '–'}</td>
                <td>{s.count > 0 ? (s.min === s.max ? String(s.min) : `${s.min}–${s.max}`) : '–'}</td>
                <td>
                  <Histogram counts={s.histogram} label={(i, n) => `${level(i + 1)}: ${n}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{t('session.assessment.next')}</p>
    </div>
  );
}
