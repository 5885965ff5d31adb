/**
 * Follow me, both ends. The facilitator's screen publishes what it shows in presence while
 * follow-me is on (throttled with the cursor, well within the server's rate limit). Every other
 * screen shows the same board rectangle until its person pans or zooms; turning follow-me on
 * again makes everyone follow again.
 */
import { useEffect } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { readPeers } from '../../sync/presence';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { applyView, movedBySession } from './applyView';
import { followerView, publishedView } from './followView';

export function useFollowMe(rt: BoardRuntime): void {
  const { followMe } = useSession(rt.doc);
  const following = useSessionUi((s) => s.following);
  const leader = rt.role === 'facilitator';

  // Facilitator: publish the view while follow-me is on.
  useEffect(() => {
    if (!leader || !followMe) return;
    const publish = () => {
      const { viewport, stageSize } = useUiStore.getState();
      const view = publishedView(viewport, stageSize);
      if (view) rt.presence.setViewport(view);
    };
    publish();
    const unsubscribe = useUiStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport || s.stageSize !== prev.stageSize) publish();
    });
    return () => {
      unsubscribe();
      rt.presence.setViewport(null);
    };
  }, [leader, followMe, rt]);

  // Everyone else follows again each time follow-me is switched on.
  useEffect(() => {
    if (followMe && !leader) useSessionUi.getState().setFollowing(true);
  }, [followMe, leader]);

  // Follow the facilitator's published view until this person moves the camera.
  useEffect(() => {
    if (leader || !followMe || !following) return;
    let last = '';
    const follow = () => {
      const peer = readPeers(rt.awareness).find((p) => p.state.user.role === 'facilitator' && p.state.viewport);
      const view = peer?.state.viewport;
      const size = useUiStore.getState().stageSize;
      if (!view || size.width <= 0 || size.height <= 0) return;
      // Awareness changes with every cursor in the room: move only when the view did.
      const key = `${view.x}:${view.y}:${view.width}:${view.height}:${size.width}:${size.height}`;
      if (key === last) return;
      last = key;
      applyView(followerView(view, size));
    };
    follow();
    rt.awareness.on('change', follow);
    const unsubscribe = useUiStore.subscribe((s, prev) => {
      if (s.stageSize !== prev.stageSize) follow();
      else if (s.viewport !== prev.viewport && !movedBySession(s.viewport)) useSessionUi.getState().setFollowing(false);
    });
    return () => {
      rt.awareness.off('change', follow);
      unsubscribe();
    };
  }, [leader, followMe, following, rt]);
}
