/**
 * Dot buttons on the notes while voting runs (this person's dots, "+" and "−"), and the
 * published tallies once it closed. Nothing is drawn otherwise.
 */
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useNotes } from '../../sync/useNotes';
import { useResults } from '../useSessionData';
import { useVoting } from '../voting/useVoting';
import { VoteControl } from '../voting/VoteControl';

export function NoteVoteChips({ rt }: { rt: BoardRuntime }) {
  const { ordered, drafts } = useNotes(rt.notes);
  const state = useVoting();
  const results = useResults(rt.doc);
  const closed = state.voting.status === 'closed';
  if (!state.active && !closed) return null;
  return (
    <>
      {ordered.map((note) => {
        if (drafts.has(note.id)) return null;
        const tally = results.votes?.[note.id]?.count ?? 0;
        if (closed && tally === 0) return null;
        return (
          <div key={note.id} className="note-chip-anchor" style={{ left: note.x + note.width, top: note.y }}>
            <VoteControl
              targetId={note.id}
              name={note.text || note.id}
              state={state}
              tally={tally}
              size={closed ? 'large' : 'small'}
            />
          </div>
        );
      })}
    </>
  );
}
