/**
 * Live numbers for the shared screen: participants (those who ever joined, or more if more are
 * here now), notes on the board, dots cast and notes waiting in private drafts.
 */
import { useBoard } from '../../board/BoardContext';
import { useNotes } from '../../sync/useNotes';
import { usePeers } from '../../sync/usePeers';
import { useSession } from '../../sync/useYMap';
import { useResults } from '../useSessionData';

export interface LiveCounts {
  participants: number;
  present: number;
  notes: number;
  votes: number;
  drafts: number;
}

export function useLiveCounts(): LiveCounts {
  const rt = useBoard();
  const peers = usePeers(rt.awareness);
  const { ordered, drafts } = useNotes(rt.notes);
  const session = useSession(rt.doc);
  const results = useResults(rt.doc);
  const here = new Set(peers.filter((p) => p.state.user.role === 'participant').map((p) => p.state.user.id));
  if (rt.role === 'participant') here.add(rt.identity.id);
  return {
    participants: Math.max(results.participantCount, here.size),
    present: here.size,
    notes: ordered.length - drafts.size,
    votes: session.votesCast,
    drafts: session.draftCount,
  };
}
