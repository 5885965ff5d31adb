/**
 * "Bord openen uit back-up" on the home page: sends a JSON backup's text to the server, which
 * makes it a new board, then opens that board's facilitator link.
 */
import { useId, useRef, useState } from 'react';
import { rememberCreatedBoard } from '../api/createdBoards';
import { useT } from '../i18n';
import { navigate } from '../router';
import { importBackup } from './exportApi';
import { errorMessage } from './messages';

export function RestoreBackup() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  const restore = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const created = await importBackup(await file.text());
      rememberCreatedBoard({
        id: created.id,
        title: file.name.replace(/\.json$/i, ''),
        url: created.url,
        viewerUrl: created.viewerUrl,
        joinCode: created.joinCode,
        createdAt: Date.now(),
      });
      // The facilitator link (key in the fragment), in-app when it is on this origin.
      const url = new URL(created.facilitatorUrl, location.href);
      if (url.origin === location.origin) navigate(url.pathname + url.search + url.hash);
      else location.assign(url.href);
    } catch (err) {
      setError(t('export.restore.failed', { message: errorMessage(t, err) }));
      setBusy(false);
    }
  };

  return (
    <section className="restore-backup card" aria-labelledby={`${hintId}-title`} data-testid="restore-backup">
      <h2 id={`${hintId}-title`}>{t('export.restore.title')}</h2>
      <p id={hintId}>{t('export.restore.hint')}</p>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void restore(file);
        }}
        data-testid="restore-backup-file"
      />
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? t('export.restore.busy') : t('export.restore.choose')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
