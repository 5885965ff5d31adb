/**
 * "Briefjes importeren uit Excel/CSV": uploads the chosen file as it is to the board's import
 * route and shows what came of it: how many notes were added, and every row that was not read,
 * with the reason.
 */
import { useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { ExportApiError, type ImportResult, importTable, tableMime } from './exportApi';
import { errorMessage, skipReason } from './messages';

type State =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; result: ImportResult }
  | { state: 'error'; message: string };

export function ImportNotes({ boardId, facilitatorKey }: { boardId: string; facilitatorKey: string | null }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<State>({ state: 'idle' });
  const hintId = useId();

  const upload = async (file: File) => {
    const mime = tableMime(file);
    if (!mime) {
      setStatus({ state: 'error', message: t('export.import.wrongType') });
      return;
    }
    setStatus({ state: 'busy' });
    try {
      if (!facilitatorKey) throw new ExportApiError(401, 'UNAUTHORIZED', 'no facilitator key');
      setStatus({ state: 'done', result: await importTable(boardId, facilitatorKey, file, mime) });
    } catch (error) {
      setStatus({ state: 'error', message: errorMessage(t, error) });
    }
  };

  return (
    <div className="import-notes" data-testid="import-notes">
      <p id={hintId} className="export-hint">
        {t('export.import.notesHint')}
      </p>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
        data-testid="import-notes-file"
      />
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={status.state === 'busy'}
        onClick={() => input.current?.click()}
      >
        {t('export.import.notes')}
      </button>
      <div className="import-result" role="status" aria-live="polite" data-testid="import-result">
        {status.state === 'busy' && (
          <p>
            <span className="spinner" aria-hidden="true" /> {t('export.import.busy')}
          </p>
        )}
        {status.state === 'error' && <p role="alert">{status.message}</p>}
        {status.state === 'done' && (
          <>
            <p className="import-added">{t('export.import.added', { count: status.result.added })}</p>
            {status.result.skipped.length > 0 && (
              <>
                <p>{t('export.import.skipped', { count: status.result.skipped.length })}</p>
                <ul className="import-skipped" data-testid="import-skipped">
                  {status.result.skipped.map(({ row, reason }) => (
                    <li key={`${row}:${reason}`}>{t('export.import.row', { row, reason: skipReason(t, reason) })}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
