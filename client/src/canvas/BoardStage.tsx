/**
 * The canvas: a Konva stage under the viewport transform (applied imperatively, no React render
 * per frame), with layers split by rate of change (scene: zones and notes at rest, in cached
 * tiles; drag: what moves; overlay: selection and cursors), plus the in-place text editor and
 * the keyboard focus announcer.
 */
import type { Lang, Zone } from '@plg/shared';
import type { Stage as StageNode } from 'konva/lib/Stage';
import { useRef } from 'react';
import { Stage } from 'react-konva/lib/ReactKonvaCore';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
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

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
  containerRef: React.RefObject<HTMLDivElement | null>;
}

export function BoardStage({ rt, zones, templateId, lang, containerRef }: Props) {
  const t = useT();
  const stageRef = useRef<StageNode>(null);
  const size = useUiStore((s) => s.stageSize);
  const cursor = useUiStore((s) =>
    s.panning ? 'grabbing' : s.spaceHeld ? 'grab' : s.tool === 'boxSelect' ? 'crosshair' : 'default',
  );
  useStageSize(containerRef);
  useCanvasInput(containerRef, rt);
  useInitialFit(rt, zones);
  const hasStage = size.width > 0 && size.height > 0;
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
      {hasStage && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          <SceneLayer rt={rt} zones={zones} templateId={templateId} lang={lang} />
          <DragLayer rt={rt} />
          <OverlayLayer rt={rt} />
        </Stage>
      )}
      {/* Session marks in HTML over the board: group frames, drafts, dots, spotlight. */}
      <SessionOverlay rt={rt} zones={zones} />
      <NoteEditor rt={rt} onDone={() => containerRef.current?.focus({ preventScroll: true })} />
      <EmptyHint rt={rt} />
      <CanvasAnnouncer rt={rt} zones={zones} templateId={templateId} lang={lang} />
    </div>
  );
}
