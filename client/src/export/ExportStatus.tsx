/**
 * The export's status line: a spinner with "PDF wordt gemaakt…", then either a progress bar with
 * its percentage (an image drawn in the page, or a file arriving from the server) or, while the
 * server is still making the file (it cannot tell how far it is), the seconds spent so far; a
 * cancel button throughout. Then
 * what was downloaded, or what went wrong. Announced politely to screen readers.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { ExportJob } from './useExportJob';

/** Whole seconds since `since`, ticking once a second while `active`. */
function useSecondsSince(since: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return Math.max(0, Math.floor((now - since) / 1000));
}

function Busy({ job, onCancel }: { job: Extract<ExportJob, { state: 'busy' }>; onCancel(): void }) {
  const t = useT();
  const waiting = job.progress === null;
  const seconds = useSecondsSince(job.startedAt, waiting);
  const label = t(`export.making.${job.format}`);
  const percent = job.progress === null ? 0 : Math.floor(job.progress * 100);
  return (
    <>
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
      {/* The counters change all the time: shown, not read out (the progress bar has the value). */}
      {waiting ? (
        <span className="export-phase" aria-hidden="true" data-testid="export-elapsed">
          {seconds > 0 && t('export.elapsed', { seconds })}
        </span>
      ) : (
        <>
          {job.phase === 'download' && <span className="export-phase">{t('export.downloading')}</span>}
          <progress max={100} value={percent} aria-label={label} data-testid="export-progress-bar" />
          <span className="export-percent" aria-hidden="true" data-testid="export-progress" data-percent={percent}>
            {t('export.percent', { percent })}
          </span>
        </>
      )}
      <button type="button" className="button export-cancel" onClick={onCancel} data-testid="export-cancel">
        {t('export.cancel')}
      </button>
    </>
  );
}

export function ExportStatus({ job, onCancel }: { job: ExportJob; onCancel(): void }) {
  return (
    <div
      className={`export-status is-${job.state}`}
      role="status"
      aria-live="polite"
      data-testid="export-status"
      data-state={job.state}
    >
      {job.state === 'busy' && <Busy job={job} onCancel={onCancel} />}
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
