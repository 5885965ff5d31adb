/**
 * A group frame's title bar: drag it to move the whole group; its name (click to rename, for
 * whoever may group now); the group's dots while voting or its tally after; "Actiepunt" and
 * "Opheffen" (dissolve; the notes stay).
 */
import { renameGroup, ungroup } from '@plg/shared';
import { useState } from 'react';
import { usePermissions } from '../../board/BoardContext';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useT } from '../../i18n';
import { createActionPoint } from '../actionpoints/createActionPoint';
import type { GroupFrame } from '../groups/groupFrames';
import { useFrameDrag } from '../groups/useFrameDrag';
import { useSessionUi } from '../sessionUiStore';
import { SessionIcon } from '../ui/SessionIcon';
import type { VotingState } from '../voting/useVoting';
import { VoteControl } from '../voting/VoteControl';

interface Props {
  rt: BoardRuntime;
  frame: GroupFrame;
  voting: VotingState;
  tally: number;
}

export function GroupHeader({ rt, frame, voting, tally }: Props) {
  const t = useT();
  const can = usePermissions();
  const renaming = useSessionUi((s) => s.renamingGroupId === frame.id);
  const [value, setValue] = useState(frame.label);
  const drag = useFrameDrag(rt, frame.members, can.editNotes);
  const startRename = () => {
    setValue(frame.label);
    useSessionUi.getState().setRenamingGroup(frame.id);
  };
  const finish = (save: boolean) => {
    const label = value.trim();
    if (save && label && label !== frame.label) renameGroup(rt.doc, frame.id, label, rt.origin);
    useSessionUi.getState().setRenamingGroup(null);
  };
  return (
    <div className="group-header" {...drag} data-can-move={can.editNotes}>
      <span className="group-grip" aria-hidden="true">
        <SessionIcon name="frame" size={16} />
      </span>
      {renaming && can.group ? (
        <input
          className="group-name-input"
          // biome-ignore lint/a11y/noAutofocus: the name of a group just made is typed at once
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          aria-label={t('session.groups.name')}
          value={value}
          maxLength={120}
          onChange={(e) => setValue(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') finish(true);
            if (e.key === 'Escape') finish(false);
          }}
          data-testid="group-name-input"
        />
      ) : (
        <button
          type="button"
          className="group-name"
          onClick={can.group ? startRename : undefined}
          title={can.group ? t('session.groups.rename') : undefined}
          data-testid="group-name"
        >
          {frame.label || t('session.groups.unnamed')}
        </button>
      )}
      <span className="group-count">{t('session.groups.chip', { count: frame.members.length })}</span>
      <VoteControl targetId={frame.id} name={frame.label} state={voting} tally={tally} />
      {can.actions && (
        <button
          type="button"
          className="chip-button"
          onClick={() => createActionPoint(rt, { kind: 'group', id: frame.id })}
          data-testid="group-action"
        >
          {t('session.actions.short')}
        </button>
      )}
      {can.group && (
        <button
          type="button"
          className="chip-button is-icon"
          aria-label={t('session.groups.dissolve', { name: frame.label })}
          title={t('session.groups.dissolve', { name: frame.label })}
          onClick={() => ungroup(rt.doc, frame.id, rt.origin)}
        >
          <SessionIcon name="close" size={14} />
        </button>
      )}
    </div>
  );
}
