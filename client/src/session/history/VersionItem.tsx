/** One kept version in the list: why it was kept, when (relative and exact), and "Bekijken". */
import { useT } from '../../i18n';
import { type DateLang, formatMoment, formatRelative, isoMoment } from '../../i18n/dates';
import { SessionIcon } from '../ui/SessionIcon';
import { reasonKey, type Version } from './versions';

interface Props {
  version: Version;
  now: number;
  lang: DateLang;
  onOpen(version: Version, opener: HTMLButtonElement): void;
}

export function VersionItem({ version, now, lang, onOpen }: Props) {
  const t = useT();
  const reason = reasonKey(version.reason);
  return (
    <li>
      <button
        type="button"
        className="version-item"
        aria-haspopup="dialog"
        onClick={(e) => onOpen(version, e.currentTarget)}
        data-testid={`version-${version.id}`}
        data-reason={version.reason}
      >
        <span className={`version-reason is-${reason}`}>{t(`session.history.reasons.${reason}`)}</span>
        <span className="version-when">
          <time dateTime={isoMoment(version.createdAt)} className="version-relative">
            {formatRelative(version.createdAt, now, lang, t('session.history.justNow'))}
          </time>
          <span className="version-moment">{formatMoment(version.createdAt, lang)}</span>
        </span>
        <span className="version-view">
          {t('session.history.view')}
          <SessionIcon name="next" size={16} />
        </span>
      </button>
    </li>
  );
}
