/**
 * One export at a time: runs a server download or a PNG render, tracks progress and the outcome
 * for the dialog's status line, and raises a toast on failure. The page never waits on it.
 */
import type { Lang } from '@plg/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { ExportApiError, fetchExport } from './exportApi';
import { type CsvSeparator, type ExportFormat, isServerFormat } from './formats';
import { errorMessage } from './messages';
import { exportImages, NoZonesError } from './png/exportImages';
import { PRINT_RATIO } from './png/renderPng';
import { saveBlob } from './saveBlob';

export type ExportJob =
  | { state: 'idle' }
  | { state: 'busy'; format: ExportFormat; progress: number | null }
  | { state: 'done'; message: string; note?: string }
  | { state: 'error'; message: string };

export function useExportJob(rt: BoardRuntime, facilitatorKey: string | null) {
  const { t } = useTranslation();
  const [job, setJob] = useState<ExportJob>({ state: 'idle' });

  const run = useCallback(
    async (format: ExportFormat, lang: Lang, separator: CsvSeparator) => {
      setJob({ state: 'busy', format, progress: null });
      try {
        if (isServerFormat(format)) {
          if (!facilitatorKey) throw new ExportApiError(401, 'UNAUTHORIZED', 'no facilitator key');
          const { blob, fileName } = await fetchExport(rt.boardId, facilitatorKey, format, { lang, separator });
          saveBlob(blob, fileName);
          setJob({ state: 'done', message: t('export.done', { name: fileName }) });
          return;
        }
        const result = await exportImages(rt.doc, format, lang, (progress) =>
          setJob((j) => (j.state === 'busy' ? { ...j, progress } : j)),
        );
        const [only] = result.files;
        setJob({
          state: 'done',
          message:
            result.files.length === 1 && only
              ? t('export.done', { name: only })
              : t('export.doneMany', { count: result.files.length }),
          note: result.ratio < PRINT_RATIO ? t('export.reduced', { ratio: result.ratio }) : undefined,
        });
      } catch (error) {
        const message =
          error instanceof ExportApiError
            ? errorMessage(t, error)
            : error instanceof NoZonesError
              ? t('export.noZones')
              : t('export.errors.png');
        if (!(error instanceof ExportApiError)) console.error('export failed', error);
        setJob({ state: 'error', message });
        useUiStore.getState().pushToast(message, 'error');
      }
    },
    [rt, facilitatorKey, t],
  );

  return { job, run, busy: job.state === 'busy' };
}
