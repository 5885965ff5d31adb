/**
 * The board at rest as one Konva layer: zones and every note not in motion, painted into cached
 * tiles by the TileRenderer and blitted by a single custom shape. React renders it once per
 * board; the notes index, the session store (drag, resize, editing) and remote drags feed the
 * renderer, which repaints only the tiles a change touches. Says when the synced board is first
 * drawn in full (ui/boardPainted.ts). Exposes `__plg.canvas` for tests.
 */
import type { Lang, Zone } from '@plg/shared';
import type Konva from 'konva';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape } from 'react-konva/lib/ReactKonvaCore';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useRemoteDrags } from '../../sync/usePeers';
import { isBoardPainted, markBoardPainted } from '../../ui/boardPainted';
import { zoneEntries } from '../draw/zoneEntries';
import { sameIds } from '../tiles/sceneDiff';
import { TileRenderer } from '../tiles/TileRenderer';

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export const SceneLayer = memo(function SceneLayer({ rt, zones, templateId, lang }: Props) {
  const layer = useRef<Konva.Layer>(null);
  const [renderer] = useState(() => new TileRenderer(() => layer.current?.batchDraw()));
  const remote = useRemoteDrags(rt.awareness);
  const remoteIds = useRef<ReadonlySet<string>>(new Set());

  useEffect(() => () => renderer.dispose(), [renderer]);

  useEffect(() => {
    renderer.setZones(zoneEntries(zones, templateId, lang));
  }, [renderer, zones, templateId, lang]);

  // Notes at rest = all notes but those dragged or resized here or by others.
  const sync = useMemo(() => {
    let hidden: ReadonlySet<string> = new Set();
    return () => {
      const ui = useUiStore.getState();
      const next = new Set<string>(remoteIds.current);
      for (const id of ui.drag?.ids ?? []) next.add(id);
      if (ui.resize) next.add(ui.resize.id);
      if (!sameIds(next, hidden)) hidden = next;
      const { ordered, byId } = rt.notes.getSnapshot();
      renderer.setNotes(ordered, byId, hidden);
      renderer.setTextHidden(ui.editingId);
    };
  }, [rt, renderer]);

  useEffect(() => {
    sync();
    const offNotes = rt.notes.subscribe(sync);
    const offUi = useUiStore.subscribe((s, prev) => {
      if (s.drag?.ids !== prev.drag?.ids || s.resize?.id !== prev.resize?.id || s.editingId !== prev.editingId) sync();
    });
    return () => {
      offNotes();
      offUi();
    };
  }, [rt, sync]);

  useEffect(() => {
    const next = new Set(remote.keys());
    if (sameIds(next, remoteIds.current)) return;
    remoteIds.current = next;
    sync();
  }, [remote, sync]);

  // The synced board is painted whole in the first frame after the sync, not tile by tile (it
  // also makes sure a draw comes after the sync, which announces the first paint, even when the
  // sync brought nothing the local copy had not already drawn). The same after a reconnection.
  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        if (s.connection.synced && !prev.connection.synced) renderer.completeView();
      }),
    [renderer],
  );

  useEffect(() => {
    const plg = window.__plg;
    if (!plg) return;
    // pending(): tiles of the view on screen now still to paint, 0 once every note in view is drawn.
    const probe = {
      pending: () => {
        const stage = layer.current?.getStage();
        const dpr = layer.current?.getCanvas().getPixelRatio() ?? 1;
        return stage
          ? renderer.pending({ vp: { x: stage.x(), y: stage.y(), zoom: stage.scaleX() }, size: stage.size(), dpr })
          : renderer.pending();
      },
      drawn: () => renderer.drawn(),
      stats: renderer.stats,
    };
    plg.canvas = probe;
    return () => {
      if (plg.canvas === probe) delete plg.canvas;
    };
  }, [renderer]);

  const sceneFunc = useMemo(
    () => (context: Konva.Context, shape: Konva.Shape) => {
      const stage = shape.getStage();
      if (!stage) return;
      const ctx = context._context;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const dpr = shape.getLayer()?.getCanvas().getPixelRatio() ?? 1;
      renderer.draw(ctx, { x: stage.x(), y: stage.y(), zoom: stage.scaleX() }, stage.size(), dpr);
      // The synced board drawn whole where the camera was fitted to it (not a view before the fit).
      const ui = useUiStore.getState();
      if (!isBoardPainted() && ui.connection.synced && ui.fitted && renderer.pending() === 0) markBoardPainted();
    },
    [renderer],
  );

  return (
    <Layer ref={layer} listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
});
