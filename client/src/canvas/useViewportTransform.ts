/**
 * Applies the camera to the Konva stage imperatively: a pan or zoom frame sets the stage's
 * position and scale and asks for one batched draw, without a React render.
 */
import type Konva from 'konva';
import { type RefObject, useEffect } from 'react';
import { useUiStore } from '../stores/uiStore';
import type { Viewport } from './viewport';

export function useViewportTransform(stage: RefObject<Konva.Stage | null>, mounted: boolean): void {
  useEffect(() => {
    if (!mounted) return;
    const apply = (vp: Viewport) => {
      const node = stage.current;
      if (!node) return;
      node.setAttrs({ x: vp.x, y: vp.y, scaleX: vp.zoom, scaleY: vp.zoom });
      node.batchDraw();
    };
    apply(useUiStore.getState().viewport);
    return useUiStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) apply(s.viewport);
    });
  }, [stage, mounted]);
}
