/**
 * Marks on this person's private drafts: a dashed outline and a "privé — alleen jij ziet dit"
 * tag with a lock, following the note while it is dragged or resized.
 */
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { SessionIcon } from '../ui/SessionIcon';

export function DraftMarks({ rt }: { rt: BoardRuntime }) {
  const t = useT();
  const { byId, drafts } = useNotes(rt.notes);
  const drag = useUiStore((s) => s.drag);
  const resize = useUiStore((s) => s.resize);
  if (drafts.size === 0) return null;
  return (
    <>
      {[...drafts].map((id) => {
        const note = byId.get(id);
        if (!note) return null;
        const moved = drag?.ids.includes(id);
        const x = note.x + (moved ? (drag?.dx ?? 0) : 0);
        const y = note.y + (moved ? (drag?.dy ?? 0) : 0);
        const width = resize?.id === id ? resize.width : note.width;
        const height = resize?.id === id ? resize.height : note.height;
        return (
          <div key={id} className="draft-mark" style={{ left: x, top: y, width, height }} data-testid={`draft-${id}`}>
            <span className="draft-tag" title={t('session.drafts.mark')}>
              <SessionIcon name="lock" size={14} />
              <span className="draft-tag-long">{t('session.drafts.mark')}</span>
              <span className="draft-tag-short" aria-hidden="true">
                {t('session.drafts.short')}
              </span>
            </span>
          </div>
        );
      })}
    </>
  );
}
