/**
 * The facilitator's export button in the top bar. The dialog (formats, language, imports) and the
 * image code load only when it is first opened.
 */
import { useState } from 'react';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { lazyPart } from '../ui/lazyPart';
import { ExportIcon } from './ExportIcon';

const ExportDialog = lazyPart(() => import('./ExportDialog').then((m) => m.ExportDialog), {
  fallback: 'none',
  facilitatorOnly: true,
});

export function ExportMenu() {
  const t = useT();
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
      {open && <ExportDialog rt={rt} onClose={() => setOpen(false)} />}
    </>
  );
}
