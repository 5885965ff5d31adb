/** Short messages (a rolled-back change, a reconnect), announced politely, gone after a while. */
import { useEffect } from 'react';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { Icon } from './Icon';

const LIFETIME_MS = 8000;

export function Toasts() {
  const t = useT();
  const toasts = useUiStore((s) => s.toasts);
  useEffect(() => {
    if (toasts.length === 0) return;
    const oldest = toasts[0];
    if (!oldest) return;
    const timer = setTimeout(() => useUiStore.getState().dismissToast(oldest.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [toasts]);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast is-${toast.tone}`}>
          <span>{toast.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('share.close')}
            onClick={() => useUiStore.getState().dismissToast(toast.id)}
          >
            <Icon name="close" size={18} />
          </button>
        </div>
      ))}
    </div>
  );
}
