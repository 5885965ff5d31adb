/**
 * Export and import for the facilitator: the report language, one button per format (with the
 * CSV separator), a status line with progress and a cancel button, and the import of notes from
 * Excel/CSV. Closing the dialog cancels a running export.
 */
import type { Lang } from '@plg/shared';
import { useId, useState } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { currentLang, useT } from '../i18n';
import { facilitatorKeyFromHash } from '../sync/facilitatorKey';
import { Dialog } from '../ui/Dialog';
import { ExportStatus } from './ExportStatus';
import { CSV_SEPARATORS, type CsvSeparator, type ExportFormat, IMAGE_FORMATS, SERVER_FORMATS } from './formats';
import { ImportNotes } from './ImportNotes';
import { useExportJob } from './useExportJob';

const ORDER: readonly ExportFormat[] = [...IMAGE_FORMATS, ...SERVER_FORMATS];

export function ExportDialog({ rt, onClose }: { rt: BoardRuntime; onClose(): void }) {
  const t = useT();
  // Read from the page address when needed; never kept anywhere else.
  const key = facilitatorKeyFromHash(location.hash);
  const [lang, setLang] = useState<Lang>(currentLang());
  const [separator, setSeparator] = useState<CsvSeparator>('semicolon');
  const { job, run, cancel, busy } = useExportJob(rt, key);
  const sepId = useId();

  return (
    <Dialog title={t('export.title')} open onClose={onClose} className="export-dialog" testId="export-dialog">
      <section className="export-section" aria-label={t('export.exportHeading')}>
        <fieldset className="export-lang">
          <legend>{t('export.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className={`export-lang-option${lang === l ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name="export-lang"
                value={l}
                checked={lang === l}
                onChange={() => setLang(l)}
                data-testid={`export-lang-${l}`}
              />
              {t(`language.${l}`)}
            </label>
          ))}
        </fieldset>
        <ul className="export-formats">
          {ORDER.map((format) => (
            <li key={format}>
              <button
                type="button"
                className={`export-format${job.state === 'busy' && job.format === format ? ' is-busy' : ''}`}
                disabled={busy}
                onClick={() => void run(format, lang, separator)}
                data-testid={`export-${format}`}
              >
                <span className="export-format-name">{t(`export.formats.${format}.name`)}</span>
                <span className="export-format-hint">{t(`export.formats.${format}.hint`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="export-separator">
          <label htmlFor={sepId}>{t('export.separator')}</label>
          <select
            id={sepId}
            value={separator}
            onChange={(e) => setSeparator(e.target.value as CsvSeparator)}
            data-testid="export-csv-separator"
          >
            {CSV_SEPARATORS.map((s) => (
              <option key={s} value={s}>
                {t(`export.separators.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <ExportStatus job={job} onCancel={cancel} />
      </section>
      <section className="export-section" aria-label={t('export.importHeading')}>
        <h3>{t('export.importHeading')}</h3>
        <ImportNotes boardId={rt.boardId} facilitatorKey={key} />
      </section>
    </Dialog>
  );
}
