/**
 * One export at a time: runs a server download or a PNG render, tracks its phase and progress
 * and the outcome for the dialog's status line, and raises a toast on failure. The page never
 * waits on it. A running export can be cancelled (the fetch is aborted, the PNG stops at its next
 * slice) and is cancelled when the dialog closes; a cancelled export downloads nothing. Each run
 * ends with a User Timing entry, `plg-export` (detail: format and outcome), for DevTools and the
 * benchmark; a `cancelled` entry means the work itself has stopped, not just the status line.
 */
import type { Lang } from '@plg/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { ExportApiError, fetchExport } from './exportApi';
import { type CsvSeparator, type ExportFormat, isServerFormat } from './formats';
import { errorMessage } from './messages';
import { exportImages, NoZonesError } from './png/exportImages';
import { PRINT_RATIO } from './png/renderPng';
import { saveBlob } from './saveBlob';

/**
 * What a busy export is doing: drawing the image in the page, waiting while the server makes the
 * file (no progress to show: a busy state with the time spent), or receiving the file.
 */
export type ExportPhase = 'drawing' | 'server' | 'download';

export type ExportJob =
  | { state: 'idle' }
  | { state: 'busy'; format: ExportFormat; phase: ExportPhase; progress: number | null; startedAt: number }
  | { state: 'done'; message: string; note?: string }
  | { state: 'error'; message: string };

/** Progress steps smaller than this are not shown (fewer renders of the dialog). */
const STEP = 0.001;

export type ExportOutcome = 'done' | 'cancelled' | 'failed';

function recordTiming(start: number, format: ExportFormat, outcome: ExportOutcome): void {
  try {
    performance.measure('plg-export', { start, detail: { format, outcome } });
  } catch {
    // Older browsers without User Timing level 3: nothing to record.
  }
}

export function useExportJob(rt: BoardRuntime, facilitatorKey: string | null) {
  const t = useT();
  const [job, setJob] = useState<ExportJob>({ state: 'idle' });
  const running = useRef<AbortController | null>(null);

  // Closing the dialog cancels what it started.
  useEffect(() => () => running.current?.abort(), []);

  const cancel = useCallback(() => running.current?.abort(), []);

  const run = useCallback(
    async (format: ExportFormat, lang: Lang, separator: CsvSeparator) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      const update = (phase: ExportPhase, progress: number | null) =>
        setJob((j) => {
          if (j.state !== 'busy' || signal.aborted) return j;
          if (j.phase === phase && j.progress !== null && progress !== null && progress - j.progress < STEP) return j;
          return { ...j, phase, progress };
        });
      const start = performance.now();
      let outcome: ExportOutcome = 'failed';
      const server = isServerFormat(format);
      setJob({ state: 'busy', format, phase: server ? 'server' : 'drawing', progress: null, startedAt: Date.now() });
      try {
        if (server) {
          if (!facilitatorKey) throw new ExportApiError(401, 'UNAUTHORIZED', 'no facilitator key');
          const { blob, fileName } = await fetchExport(rt.boardId, facilitatorKey, format, {
            lang,
            separator,
            signal,
            onProgress: (received) => update('download', received),
          });
          signal.throwIfAborted();
          saveBlob(blob, fileName);
          outcome = 'done';
          setJob({ state: 'done', message: t('export.done', { name: fileName }) });
          return;
        }
        const result = await exportImages(rt.doc, format, lang, (progress) => update('drawing', progress), signal);
        const [only] = result.files;
        outcome = 'done';
        setJob({
          state: 'done',
          message:
            result.files.length === 1 && only
              ? t('export.done', { name: only })
              : t('export.doneMany', { count: result.files.length }),
          note: result.ratio < PRINT_RATIO ? t('export.reduced', { ratio: result.ratio }) : undefined,
        });
      } catch (error) {
        if (signal.aborted) {
          outcome = 'cancelled';
          // Cancelled: nothing was downloaded and nothing went wrong.
          if (running.current === controller) setJob({ state: 'idle' });
          return;
        }
        const message =
          error instanceof ExportApiError
            ? errorMessage(t, error)
            : error instanceof NoZonesError
              ? t('export.noZones')
              : t('export.errors.png');
        if (!(error instanceof ExportApiError)) console.error('export failed', error);
        setJob({ state: 'error', message });
        useUiStore.getState().pushToast(message, 'error');
      } finally {
        if (running.current === controller) running.current = null;
        recordTiming(start, format, outcome);
      }
    },
    [rt, facilitatorKey, t],
  );

  return { job, run, cancel, busy: job.state === 'busy' };
}
