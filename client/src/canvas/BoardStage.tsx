/**
 * The canvas: a Konva stage under the viewport transform, with layers split by rate of change
 * (zones: static and cached; notes: culled; drag: what moves; overlay: selection and cursors),
 * plus the in-place text editor and the keyboard focus announcer.
 */
import type { Lang, Zone } from '@plg/shared';
import Konva from 'konva';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Stage } from 'react-konva';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { CanvasAnnouncer } from './CanvasAnnouncer';
import { EmptyHint } from './EmptyHint';
import { DragLayer } from './layers/DragLayer';
import { NotesLayer } from './layers/NotesLayer';
import { OverlayLayer } from './layers/OverlayLayer';
import { ZonesLayer, zoomBucket } from './layers/ZonesLayer';
import { NoteEditor } from './NoteEditor';
import { useCanvasInput } from './useCanvasInput';
import { useInitialFit } from './useInitialFit';
import { useStageSize } from './useStageSize';

// Middle-baseline text: no measureText('M') per text node per frame (our text is laid out by
// fitText anyway).
Konva.legacyTextRendering = true;

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
  containerRef: React.RefObject<HTMLDivElement | null>;
}

export function BoardStage({ rt, zones, templateId, lang, containerRef }: Props) {
  const { t } = useTranslation();
  const stageRef = useRef<Konva.Stage>(null);
  const viewport = useUiStore((s) => s.viewport);
  const size = useUiStore((s) => s.stageSize);
  const cursor = useUiStore((s) =>
    s.panning ? 'grabbing' : s.spaceHeld ? 'grab' : s.tool === 'boxSelect' ? 'crosshair' : 'default',
  );
  useStageSize(containerRef);
  useCanvasInput(containerRef, rt);
  useInitialFit(rt, zones);

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
      {size.width > 0 && size.height > 0 && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.zoom}
          scaleY={viewport.zoom}
          listening={false}
        >
          <ZonesLayer zones={zones} templateId={templateId} lang={lang} bucket={zoomBucket(viewport.zoom)} />
          <NotesLayer rt={rt} />
          <DragLayer rt={rt} />
          <OverlayLayer rt={rt} />
        </Stage>
      )}
      <NoteEditor rt={rt} onDone={() => containerRef.current?.focus({ preventScroll: true })} />
      <EmptyHint rt={rt} />
      <CanvasAnnouncer rt={rt} zones={zones} templateId={templateId} lang={lang} />
    </div>
  );
}
