/**
 * Notes in motion: the local drag (offset from the session store), the local resize preview,
 * and notes others are dragging (offset from their presence). Only this small layer redraws
 * while something moves.
 */
import type FullKonva from 'konva';
import { memo, useEffect, useLayoutEffect, useState } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteDrags } from '../../sync/usePeers';
import Konva from '../konvaNodes';
import { KeyedNodes } from '../konvaTree';
import { type NoteShapeProps, setNoteShape } from '../nodes/noteShape';

interface Props {
  /** The stage's middle layer (BoardStage), which this component fills. */
  layer: FullKonva.Layer;
  rt: BoardRuntime;
}

export const DragLayer = memo(function DragLayer({ layer, rt }: Props) {
  const { byId } = useNotes(rt.notes);
  const drag = useUiStore((s) => s.drag);
  const resize = useUiStore((s) => s.resize);
  const editingId = useUiStore((s) => s.editingId);
  const remote = useRemoteDrags(rt.awareness);
  const [shapes] = useState(() => new KeyedNodes<FullKonva.Shape>());
  useEffect(() => () => shapes.destroy(), [shapes]);

  const local = new Set(drag?.ids);
  const empty = !drag && !resize && remote.size === 0;
  // A lifted shadow while few notes move; many at once (a colleague's selection) stay flat.
  const shadow = (drag?.ids.length ?? 0) + remote.size <= 10 ? 'lifted' : 'none';
  const items: [key: string, props: NoteShapeProps][] = [];
  for (const [id, d] of remote) {
    const note = byId.get(id);
    if (!note || local.has(id) || resize?.id === id) continue;
    items.push([`remote:${id}`, { note, dx: d.dx, dy: d.dy, hideText: id === editingId, shadow }]);
  }
  const resized = resize && byId.get(resize.id);
  if (resize && resized) {
    items.push([`resize:${resized.id}`, { note: resized, width: resize.width, height: resize.height, shadow: 'soft' }]);
  }
  for (const id of drag?.ids ?? []) {
    const note = byId.get(id);
    if (note) items.push([`drag:${id}`, { note, dx: drag?.dx, dy: drag?.dy, shadow }]);
  }

  useLayoutEffect(() => {
    const nodes = items.map(([key, props]) => {
      const shape = shapes.get(key, () => new Konva.Shape());
      setNoteShape(shape, props);
      return shape;
    });
    shapes.place(layer, nodes);
    // An empty layer is not drawn at all (a full-screen canvas less to clear and composite).
    layer.visible(!empty);
  });

  return null;
});
