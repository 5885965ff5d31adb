/** A quiet hint on an empty board: how to add the first note. */
import { usePermissions } from '../board/BoardContext';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { useNotes } from '../sync/useNotes';

export function EmptyHint({ rt }: { rt: BoardRuntime }) {
  const t = useT();
  const { ordered } = useNotes(rt.notes);
  const can = usePermissions();
  if (ordered.length > 0 || !can.addNotes) return null;
  const coarse = typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;
  return (
    <p className="empty-hint" aria-hidden="true">
      {coarse ? t('board.emptyHintTouch') : t('board.emptyHint')}
    </p>
  );
}
