/** What participants may do right now, as short labels (the same rules the server applies). */
import type { Session } from '@plg/shared';
import { useT } from '../../i18n';
import { participantActivities } from './phaseFlow';

export function ActivityList({ session, compact = false }: { session: Session; compact?: boolean }) {
  const t = useT();
  const list = participantActivities(session);
  return (
    <div className={`activity-list${compact ? ' is-compact' : ''}`} data-testid="phase-activities">
      {!compact && <p className="activity-title">{t('session.activities.title')}</p>}
      {list.length === 0 ? (
        <p className="activity-none">
          {session.locked ? t('session.activities.locked') : t('session.activities.none')}
        </p>
      ) : (
        <ul>
          {list.map((a) => (
            <li key={a} className={`activity is-${a}`}>
              {t(`session.activities.${a}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
