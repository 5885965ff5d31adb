/**
 * Notes in motion: the local drag (offset from the session store), the local resize preview,
 * and notes others are dragging (offset from their presence). Only this small layer redraws
 * while something moves.
 */
import { memo } from 'react';
import { Layer } from 'react-konva/lib/ReactKonvaCore';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteDrags } from '../../sync/usePeers';
import { NoteNode } from '../nodes/NoteNode';

export const DragLayer = memo(function DragLayer({ rt }: { rt: BoardRuntime }) {
  const { byId } = useNotes(rt.notes);
  const drag = useUiStore((s) => s.drag);
  const resize = useUiStore((s) => s.resize);
  const editingId = useUiStore((s) => s.editingId);
  const remote = useRemoteDrags(rt.awareness);
  const local = new Set(drag?.ids);
  const empty = !drag && !resize && remote.size === 0;
  // A lifted shadow while few notes move; many at once (a colleague's selection) stay flat.
  const shadow = (drag?.ids.length ?? 0) + remote.size <= 10 ? 'lifted' : 'none';
  // An empty layer is not drawn at all (a full-screen canvas less to clear and composite).
  return (
    <Layer listening={false} visible={!empty}>
      {[...remote].map(([id, d]) => {
        const note = byId.get(id);
        if (!note || local.has(id) || resize?.id === id) return null;
        return <NoteNode key={id} note={note} dx={d.dx} dy={d.dy} hideText={id === editingId} shadow={shadow} />;
      })}
      {resize &&
        (() => {
          const note = byId.get(resize.id);
          return note ? (
            <NoteNode key={note.id} note={note} width={resize.width} height={resize.height} shadow="soft" />
          ) : null;
        })()}
      {drag?.ids.map((id) => {
        const note = byId.get(id);
        return note ? <NoteNode key={id} note={note} dx={drag.dx} dy={drag.dy} shadow={shadow} /> : null;
      })}
    </Layer>
  );
});
