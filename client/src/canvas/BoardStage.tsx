/**
 * The canvas: a Konva stage under the viewport transform (applied imperatively, no React render
 * per frame), with layers split by rate of change (scene: zones and notes at rest, in cached
 * tiles; drag: what moves; overlay: selection and cursors), plus the in-place text editor and
 * the keyboard focus announcer. The stage and its three layers are made here; each layer
 * component fills its own (see konvaTree.ts).
 */
import type { Lang, Zone } from '@plg/shared';
import type { Layer } from 'konva/lib/Layer';
import type { Stage as StageNode } from 'konva/lib/Stage';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRuntime } from '../board/BoardRuntime';
import { SessionOverlay } from '../session/canvas/SessionOverlay';
import { useUiStore } from '../stores/uiStore';
import { CanvasAnnouncer } from './CanvasAnnouncer';
import { EmptyHint } from './EmptyHint';
import Konva from './konvaNodes';
import { DragLayer } from './layers/DragLayer';
import { OverlayLayer } from './layers/OverlayLayer';
import { SceneLayer } from './layers/SceneLayer';
import { NoteEditor } from './NoteEditor';
import { useCanvasInput } from './useCanvasInput';
import { useInitialFit } from './useInitialFit';
import { useStageSize } from './useStageSize';
import { useViewportTransform } from './useViewportTransform';

// Middle-baseline text: no measureText('M') per text node per frame (overlay labels).
Konva.legacyTextRendering = true;

export interface CanvasLayers {
  /** Counts stages made, so that layer components start afresh with a new stage. */
  id: number;
  scene: Layer;
  drag: Layer;
  overlay: Layer;
}

let stages = 0;

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
  containerRef: React.RefObject<HTMLDivElement | null>;
}

export function BoardStage({ rt, zones, templateId, lang, containerRef }: Props) {
  const { t } = useTranslation();
  const stageRef = useRef<StageNode>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [layers, setLayers] = useState<CanvasLayers | null>(null);
  const size = useUiStore((s) => s.stageSize);
  const cursor = useUiStore((s) =>
    s.panning ? 'grabbing' : s.spaceHeld ? 'grab' : s.tool === 'boxSelect' ? 'crosshair' : 'default',
  );
  useStageSize(containerRef);
  useCanvasInput(containerRef, rt);
  useInitialFit(rt, zones);
  const hasStage = size.width > 0 && size.height > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: made once per mount; resized below
  useLayoutEffect(() => {
    if (!hasStage || !holder.current) return;
    const stage = new Konva.Stage({ container: holder.current, ...size, listening: false });
    const made = {
      id: ++stages,
      scene: new Konva.Layer({ listening: false }),
      drag: new Konva.Layer({ listening: false }),
      overlay: new Konva.Layer({ listening: false }),
    };
    stage.add(made.scene, made.drag, made.overlay);
    stageRef.current = stage;
    setLayers(made);
    return () => {
      stage.destroy();
      stageRef.current = null;
      setLayers(null);
    };
  }, [hasStage]);
  useLayoutEffect(() => {
    if (hasStage) stageRef.current?.size(size);
  }, [hasStage, size]);
  useViewportTransform(stageRef, hasStage);

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      data-testid="board-canvas"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keyboard focus (Tab through notes)
      tabIndex={0}
      role="application"
      aria-roledescription={t('board.roleDescription')}
      aria-label={t('board.canvasLabel')}
      style={{ cursor }}
    >
      {hasStage && <div ref={holder} />}
      {layers && (
        <>
          <SceneLayer
            key={`s${layers.id}`}
            layer={layers.scene}
            rt={rt}
            zones={zones}
            templateId={templateId}
            lang={lang}
          />
          <DragLayer key={`d${layers.id}`} layer={layers.drag} rt={rt} />
          <OverlayLayer key={`o${layers.id}`} layer={layers.overlay} rt={rt} />
        </>
      )}
      {/* Session marks in HTML over the board: group frames, drafts, dots, spotlight. */}
      <SessionOverlay rt={rt} zones={zones} />
      <NoteEditor rt={rt} onDone={() => containerRef.current?.focus({ preventScroll: true })} />
      <EmptyHint rt={rt} />
      <CanvasAnnouncer rt={rt} zones={zones} templateId={templateId} lang={lang} />
    </div>
  );
}
