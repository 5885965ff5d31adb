/**
 * Fits the camera to the board once, when the canvas has a size and the board has content
 * (zones or notes), or when the first sync shows an empty board.
 */
import { boundsOf, type Zone } from '@plg/shared';
import { useEffect } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { useNotes } from '../sync/useNotes';
import { fitBounds } from './viewport';

export function useInitialFit(rt: BoardRuntime, zones: readonly Zone[]): void {
  const { ordered } = useNotes(rt.notes);
  const size = useUiStore((s) => s.stageSize);
  const fitted = useUiStore((s) => s.fitted);
  const synced = useUiStore((s) => s.connection.synced);
  useEffect(() => {
    if (fitted || size.width === 0 || size.height === 0) return;
    const box = boundsOf([...zones, ...ordered]);
    if (!box && !synced) return;
    const ui = useUiStore.getState();
    ui.setViewport(
      box ? fitBounds(box, size, Math.min(48, size.width / 20)) : { x: size.width / 2, y: size.height / 2, zoom: 1 },
    );
    ui.setFitted(true);
  }, [zones, ordered, size, fitted, synced]);
}
