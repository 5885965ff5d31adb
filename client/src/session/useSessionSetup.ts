/**
 * Starts the facilitated session on an open board: connects this person's private document,
 * keeps the facilitator key for commands, runs follow-me, summon and spotlight, and opens the
 * right panel when the session moves on (self-assessment opened or revealed, voting closed,
 * the action phase begun). `?present=1` in the address opens presentation mode.
 */
import type { Zone } from '@plg/shared';
import { useEffect, useRef } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { useSession } from '../sync/useYMap';
import { NARROW } from '../ui/useMediaQuery';
import { useFollowMe } from './follow/useFollowMe';
import { useSummonAndSpotlight } from './follow/useSummonAndSpotlight';
import './groups/groupActions';
import { useOwnDocument } from './own/useOwnDocument';
import { type SessionPanelId, useSessionUi } from './sessionUiStore';

export function useSessionSetup(rt: BoardRuntime, facilitatorKey: string | null, name: string, zones: readonly Zone[]) {
  useOwnDocument(rt, facilitatorKey, name);
  useFollowMe(rt);
  useSummonAndSpotlight(rt, zones);
  const session = useSession(rt.doc);
  const presenting = useSessionUi((s) => s.presenting);

  useEffect(() => {
    const narrow = window.matchMedia?.(NARROW).matches ?? false;
    const present = new URLSearchParams(location.search).get('present') === '1';
    useSessionUi.setState({
      facilitatorKey: rt.role === 'facilitator' ? facilitatorKey : null,
      panel: rt.role === 'facilitator' && !narrow && !present ? 'facilitator' : null,
      presenting: present,
      joinOpen: false,
      following: true,
      renamingGroupId: null,
      focusActionId: null,
    });
    return () => useSessionUi.setState({ facilitatorKey: null, presenting: false, panel: null });
  }, [rt.role, facilitatorKey]);

  // On a phone the presentation needs the canvas.
  useEffect(() => {
    if (presenting) useUiStore.getState().setMainView('canvas');
  }, [presenting]);

  // Open the panel the session just moved to (only on a change, not when the board opens).
  const moments = `${session.assessment}|${session.voting.status}|${session.phaseId}`;
  const previous = useRef(moments);
  useEffect(() => {
    const [assessment, voting, phase] = previous.current.split('|');
    previous.current = moments;
    let open: SessionPanelId | null = null;
    // Participants get their scale when it opens (the facilitator, who opened it, keeps steering).
    if (session.assessment === 'open' && assessment !== 'open' && rt.role === 'participant') open = 'assessment';
    if (session.assessment === 'revealed' && assessment !== 'revealed') open = 'assessment';
    if (session.voting.status === 'closed' && voting !== 'closed') open = 'results';
    if (session.phaseId === 'actiepunten' && phase !== 'actiepunten') open = 'actions';
    if (open && !useSessionUi.getState().presenting) useSessionUi.getState().setPanel(open);
  }, [moments, session, rt.role]);
}
