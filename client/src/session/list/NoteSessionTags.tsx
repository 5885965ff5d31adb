/**
 * A note's session marks in the list view: "privé — alleen jij ziet dit" on a draft, the group
 * it belongs to, its dot button while voting (or its tally after), and "Actiepunt" in the
 * action phase.
 */
import type { Note } from '@plg/shared';
import { memo } from 'react';
import { useBoard, usePermissions } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useNotes } from '../../sync/useNotes';
import { useSession } from '../../sync/useYMap';
import { createActionPoint } from '../actionpoints/createActionPoint';
import { SessionIcon } from '../ui/SessionIcon';
import { useGroups, useResults } from '../useSessionData';
import { useVoting } from '../voting/useVoting';
import { VoteControl } from '../voting/VoteControl';

export const NoteSessionTags = memo(function NoteSessionTags({ note }: { note: Note }) {
  const t = useT();
  const rt = useBoard();
  const can = usePermissions();
  const { drafts } = useNotes(rt.notes);
  const groups = useGroups(rt.doc);
  const results = useResults(rt.doc);
  const voting = useVoting();
  // The list offers "Actiepunt" on every note only in the action phase (the canvas menu always).
  const { phaseId } = useSession(rt.doc);
  const actions = can.actions && phaseId === 'actiepunten';
  if (drafts.has(note.id)) {
    return (
      <div className="list-note-session">
        <span className="draft-badge" data-testid={`list-draft-${note.id}`}>
          <SessionIcon name="lock" size={14} />
          {t('session.drafts.mark')}
        </span>
      </div>
    );
  }
  const group = note.groupId ? groups.find((g) => g.id === note.groupId) : undefined;
  const votes = voting.active || (voting.voting.status === 'closed' && (results.votes?.[note.id]?.count ?? 0) > 0);
  if (!group && !votes && !actions) return null;
  return (
    <div className="list-note-session">
      {group && <span className="chip is-group">{group.label}</span>}
      <VoteControl
        targetId={note.id}
        name={note.text || t('board.emptyNote')}
        state={voting}
        tally={results.votes?.[note.id]?.count ?? 0}
        size="large"
      />
      {actions && (
        <button
          type="button"
          className="button is-small is-quiet"
          onClick={() => createActionPoint(rt, { kind: 'note', id: note.id })}
          data-testid={`list-action-${note.id}`}
        >
          {t('session.actions.short')}
        </button>
      )}
    </div>
  );
});
