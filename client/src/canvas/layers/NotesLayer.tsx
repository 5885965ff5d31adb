/**
 * The notes at rest, culled to the viewport: only notes in (or near) view are handed to Konva.
 * Notes being dragged or resized (here or by others) are drawn by the drag layer instead.
 */
import { memo, useMemo, useRef } from 'react';
import { Layer } from 'react-konva';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteDrags } from '../../sync/usePeers';
import { cull, nextCullRect, rectKey } from '../culling';
import { NoteNode } from '../nodes/NoteNode';
import { MIN_READABLE_PX } from '../noteStyle';
import { useSettled } from '../useSettled';
import type { Box } from '../viewport';

/** With more notes than this in view, shadows are dropped (they are the costliest part). */
const SHADOW_LIMIT = 250;
/** With more notes than this in view, each note is drawn from a cached bitmap. */
const CACHE_FROM = 150;

export const NotesLayer = memo(function NotesLayer({ rt }: { rt: BoardRuntime }) {
  const { ordered } = useNotes(rt.notes);
  // The cull rectangle only changes when the view leaves it (see nextCullRect).
  const cullRef = useRef<Box | null>(null);
  const cullKey = useUiStore((s) => {
    cullRef.current = nextCullRect(cullRef.current, s.viewport, s.stageSize);
    return rectKey(cullRef.current);
  });
  // Zoom in half-octave steps: notes re-render for level of detail only when it crosses one.
  // Settled: while a zoom gesture runs, notes keep their current detail and bitmaps.
  const zoomStep = useSettled(
    useUiStore((s) => 2 ** (Math.round(Math.log2(s.viewport.zoom) * 2) / 2)),
    250,
  );
  const minFont = MIN_READABLE_PX / zoomStep;
  const dragIds = useUiStore((s) => s.drag?.ids);
  const resizeId = useUiStore((s) => s.resize?.id);
  const editingId = useUiStore((s) => s.editingId);
  const remoteDrags = useRemoteDrags(rt.awareness);

  const visible = useMemo(() => {
    const [x, y, width, height] = cullKey.split(':').map(Number) as [number, number, number, number];
    const away = new Set<string>(dragIds);
    if (resizeId) away.add(resizeId);
    for (const id of remoteDrags.keys()) away.add(id);
    return cull(ordered, { x, y, width, height }).filter((n) => !away.has(n.id));
  }, [ordered, cullKey, dragIds, resizeId, remoteDrags]);

  const shadow = visible.length <= SHADOW_LIMIT;
  // Many notes in view: cache each as a bitmap at the current zoom step.
  const cacheRatio = visible.length > CACHE_FROM ? Math.min(2, zoomStep * (window.devicePixelRatio || 1)) : undefined;
  return (
    <Layer listening={false}>
      {visible.map((note) => (
        <NoteNode
          key={note.id}
          note={note}
          hideText={note.id === editingId}
          minFont={minFont}
          shadow={shadow}
          cacheRatio={cacheRatio}
        />
      ))}
    </Layer>
  );
});
