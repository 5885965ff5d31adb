/**
 * The export's status line: a spinner with "PDF wordt gemaakt…" (and a progress bar for images),
 * then what was downloaded, or what went wrong. Announced politely to screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { ExportJob } from './useExportJob';

export function ExportStatus({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  return (
    <div
      className={`export-status is-${job.state}`}
      role="status"
      aria-live="polite"
      data-testid="export-status"
      data-state={job.state}
    >
      {job.state === 'busy' && (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>{t(`export.making.${job.format}`)}</span>
          {job.progress !== null && (
            <progress max={1} value={job.progress} aria-label={t(`export.making.${job.format}`)}>
              {Math.round(job.progress * 100)}%
            </progress>
          )}
        </>
      )}
      {job.state === 'done' && (
        <span>
          {job.message}
          {job.note && <span className="export-note">{job.note}</span>}
        </span>
      )}
      {job.state === 'error' && <span role="alert">{job.message}</span>}
    </div>
  );
}
