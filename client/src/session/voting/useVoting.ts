/**
 * This person's dot voting: the rules now, their dots (private), how many are left, and
 * placing / taking back a dot on a note or group — checked against the same rules as the
 * server (shared checkVotes), so the interface never offers a dot over budget.
 */
import { groupsOf, myVotesOf, type Voting } from '@plg/shared';
import { useCallback } from 'react';
import { useBoard, usePermissions } from '../../board/BoardContext';
import { useSession } from '../../sync/useYMap';
import { useOwnMap } from '../useSessionData';
import { canAddDot, changeDot, type Dots, readDots, votesLeft } from './voteMath';

export interface VotingState {
  voting: Voting;
  /** Voting is open and this person may vote. */
  active: boolean;
  dots: Dots;
  left: number;
  canPlace(targetId: string): boolean;
  place(targetId: string): boolean;
  takeBack(targetId: string): boolean;
}

const NO_DOTS: Dots = {};

export function useVoting(): VotingState {
  const rt = useBoard();
  const can = usePermissions();
  const { voting } = useSession(rt.doc);
  const dots = useOwnMap(rt, myVotesOf, readDots) ?? NO_DOTS;
  const active = can.vote && voting.status === 'open' && rt.own.current !== null;
  // Votes go on board notes and groups, never on private drafts.
  const exists = useCallback(
    (id: string) => (rt.notes.get(id) !== undefined && !rt.notes.isDraft(id)) || groupsOf(rt.doc).has(id),
    [rt],
  );
  const write = (targetId: string, delta: 1 | -1) => {
    const doc = rt.own.current;
    return active && doc !== null && changeDot(doc, voting, targetId, delta, exists, rt.origin);
  };
  return {
    voting,
    active,
    dots,
    left: votesLeft(dots, voting),
    canPlace: (id) => active && canAddDot(dots, voting, id, exists),
    place: (id) => write(id, 1),
    takeBack: (id) => write(id, -1),
  };
}
