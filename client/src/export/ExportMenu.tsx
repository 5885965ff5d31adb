/**
 * The facilitator's export button in the top bar. The dialog (formats, language, imports) and the
 * image code load only when it is first opened.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../board/BoardContext';
import { ExportIcon } from './ExportIcon';

const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function ExportMenu() {
  const { t } = useTranslation();
  const rt = useBoard();
  const [open, setOpen] = useState(false);
  if (rt.role !== 'facilitator') return null;
  return (
    <>
      <button
        type="button"
        className="button export-button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={t('export.title')}
        data-testid="export-button"
      >
        <ExportIcon />
        <span>{t('export.button')}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog rt={rt} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
