/**
 * The connection badge: "verbonden" / "opnieuw verbinden" / "offline", plus "wijzigingen lokaal
 * bewaard" while not connected, and a warning when the server cannot store.
 */
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';

export function ConnectionBadge() {
  const t = useT();
  const info = useUiStore((s) => s.connection);
  const label = t(`connection.${info.status}`);
  return (
    <div
      className={`connection-badge is-${info.status}${info.storageProblem ? ' has-problem' : ''}`}
      data-testid="connection-badge"
      data-status={info.status}
      role="status"
      aria-live="polite"
      title={info.storageProblem ? t('connection.storageProblem') : undefined}
    >
      <span className="dot" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.label', { status: label })}</span>
      <span aria-hidden="true" className="connection-text">
        {label}
      </span>
      {info.savedLocally && <span className="connection-sub">{t('connection.savedLocally')}</span>}
      {info.storageProblem && <span className="connection-sub is-warning">{t('connection.storageProblem')}</span>}
    </div>
  );
}
