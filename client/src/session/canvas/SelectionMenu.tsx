/**
 * A small menu above the selected board notes: "Groeperen", "Uit groep" and "Actiepunt" — the
 * registered actions, shown only when they are allowed now and nothing is being dragged.
 */
import { boundsOf } from '@plg/shared';
import { actionContext, runAction } from '../../actions/registry';
import { usePermissions } from '../../board/BoardContext';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { createActionPoint } from '../actionpoints/createActionPoint';
import { groupSelection, ungroupSelection } from '../groups/groupActions';
import { FRAME_HEADER, FRAME_PADDING } from '../groups/groupFrames';
import { SessionIcon } from '../ui/SessionIcon';

export function SelectionMenu({ rt }: { rt: BoardRuntime }) {
  const t = useT();
  const can = usePermissions();
  const { byId, drafts } = useNotes(rt.notes);
  const selection = useUiStore((s) => s.selection);
  const busy = useUiStore((s) => s.drag !== null || s.resize !== null || s.brush !== null || s.editingId !== null);
  if (busy || selection.size === 0) return null;
  const notes = [...selection].flatMap((id) => {
    const n = byId.get(id);
    return n && !drafts.has(id) ? [n] : [];
  });
  const box = boundsOf(notes);
  const ctx = actionContext(rt);
  const group = groupSelection.predicate(ctx);
  const ungroup = ungroupSelection.predicate(ctx);
  const single = notes.length === 1 ? notes[0] : undefined;
  const action = can.actions && single !== undefined;
  if (!box || (!group && !ungroup && !action)) return null;
  return (
    <div
      className="selection-menu"
      role="toolbar"
      aria-label={t('session.groups.menu')}
      // Above the selection; above a group's title when the notes are in a group.
      data-above-frame={notes.some((n) => n.groupId)}
      style={{
        left: box.x + box.width / 2,
        top: box.y - (notes.some((n) => n.groupId) ? FRAME_PADDING + FRAME_HEADER : 0),
      }}
      data-testid="selection-menu"
    >
      {group && (
        <button type="button" onClick={() => runAction(groupSelection, rt, undefined)} data-testid="group-selection">
          <SessionIcon name="frame" size={16} />
          {t('session.groups.group')}
        </button>
      )}
      {ungroup && (
        <button
          type="button"
          onClick={() => runAction(ungroupSelection, rt, undefined)}
          data-testid="ungroup-selection"
        >
          {t('session.groups.ungroup')}
        </button>
      )}
      {action && single && (
        <button
          type="button"
          onClick={() => createActionPoint(rt, { kind: 'note', id: single.id })}
          data-testid="note-action"
        >
          <SessionIcon name="checklist" size={16} />
          {t('session.actions.short')}
        </button>
      )}
    </div>
  );
}
