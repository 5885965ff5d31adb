/**
 * Group (cluster) frames around their notes, following live drags (this person's and others'),
 * each with its title bar (GroupHeader).
 */
import { memo, useMemo } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteDrags } from '../../sync/usePeers';
import { groupFrames } from '../groups/groupFrames';
import { useGroups, useResults } from '../useSessionData';
import { useVoting } from '../voting/useVoting';
import { GroupHeader } from './GroupHeader';

export const GroupFramesView = memo(function GroupFramesView({ rt }: { rt: BoardRuntime }) {
  const groups = useGroups(rt.doc);
  const { ordered, drafts } = useNotes(rt.notes);
  const drag = useUiStore((s) => s.drag);
  const remote = useRemoteDrags(rt.awareness);
  const voting = useVoting();
  const results = useResults(rt.doc);
  const frames = useMemo(() => {
    const local = new Set(drag?.ids);
    const board = ordered.filter((n) => !drafts.has(n.id));
    return groupFrames(groups, board, (id) => (local.has(id) ? (drag ?? undefined) : remote.get(id)));
  }, [groups, ordered, drafts, drag, remote]);
  return (
    <>
      {frames.map((f) => (
        <div
          key={f.id}
          className="group-frame"
          data-testid={`group-${f.id}`}
          style={{
            left: f.box.x,
            top: f.box.y,
            width: f.box.width,
            height: f.box.height,
            ['--group-color' as string]: f.color,
          }}
        >
          <GroupHeader rt={rt} frame={f} voting={voting} tally={results.votes?.[f.id]?.count ?? 0} />
        </div>
      ))}
    </>
  );
});
