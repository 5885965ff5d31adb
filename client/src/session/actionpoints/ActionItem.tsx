/**
 * One action point: wat (what), wie (who), wanneer (by when), done, delete, and a way back to
 * the note or group it came from. Read-only for whoever may not edit actions now.
 */
import { type Action, deleteAction, updateAction } from '@plg/shared';
import { memo } from 'react';
import { useBoard } from '../../board/BoardContext';
import { centreOn } from '../../canvas/viewport';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useSessionUi } from '../sessionUiStore';
import { SessionIcon } from '../ui/SessionIcon';
import { ActionField } from './ActionField';

export const ActionItem = memo(function ActionItem({ action, canEdit }: { action: Action; canEdit: boolean }) {
  const t = useT();
  const rt = useBoard();
  const focus = useSessionUi((s) => s.focusActionId === action.id);
  const set = (patch: Parameters<typeof updateAction>[2]) => updateAction(rt.doc, action.id, patch, rt.origin);
  const source = action.sourceId
    ? (rt.notes.get(action.sourceId) ?? rt.notes.getSnapshot().ordered.filter((n) => n.groupId === action.sourceId)[0])
    : undefined;
  const showSource = () => {
    if (!source) return;
    const ui = useUiStore.getState();
    ui.setViewport(
      centreOn(ui.viewport, ui.stageSize, { x: source.x + source.width / 2, y: source.y + source.height / 2 }),
    );
    if (rt.notes.get(action.sourceId ?? '')) ui.select([source.id]);
  };
  return (
    <li className={`action-item${action.done ? ' is-done' : ''}`} data-testid={`action-${action.id}`}>
      <ActionField
        value={action.what}
        label={t('session.actions.what')}
        placeholder={t('session.actions.whatPlaceholder')}
        multiline
        readOnly={!canEdit}
        autoFocus={focus}
        testId="action-what"
        onCommit={(what) => set({ what })}
      />
      <div className="action-row">
        <ActionField
          value={action.who}
          label={t('session.actions.who')}
          placeholder={t('session.actions.who')}
          readOnly={!canEdit}
          testId="action-who"
          onCommit={(who) => set({ who })}
        />
        <ActionField
          value={action.when}
          label={t('session.actions.when')}
          placeholder={t('session.actions.when')}
          readOnly={!canEdit}
          testId="action-when"
          onCommit={(when) => set({ when })}
        />
      </div>
      <div className="action-row is-meta">
        <label className="check">
          <input
            type="checkbox"
            checked={action.done}
            disabled={!canEdit}
            onChange={(e) => set({ done: e.target.checked })}
          />
          {t('session.actions.done')}
        </label>
        {source && (
          <button type="button" className="button is-small is-quiet" onClick={showSource}>
            {t('session.actions.source')}
          </button>
        )}
        {canEdit && (
          <button
            type="button"
            className="icon-button is-small is-danger"
            aria-label={t('session.actions.delete', { what: action.what || t('session.actions.untitled') })}
            onClick={() => deleteAction(rt.doc, action.id, rt.origin)}
          >
            <SessionIcon name="trash" size={18} />
          </button>
        )}
      </div>
    </li>
  );
});
