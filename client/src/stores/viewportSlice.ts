/**
 * Viewport slice: the canvas camera (screen = board × zoom + offset) and the canvas size.
 */
import type { StateCreator } from 'zustand';
import type { Size, Viewport } from '../canvas/viewport';
import type { UiState } from './uiStore';

export interface ViewportSlice {
  viewport: Viewport;
  stageSize: Size;
  /** Last pointer position over the canvas, in board units (for paste and the N key). */
  pointer: { x: number; y: number } | null;
  /** Whether the camera was fitted to the board once (first load). */
  fitted: boolean;
  setViewport(viewport: Viewport): void;
  setStageSize(size: Size): void;
  setPointer(point: { x: number; y: number } | null): void;
  setFitted(fitted: boolean): void;
}

export const createViewportSlice: StateCreator<UiState, [], [], ViewportSlice> = (set) => ({
  viewport: { x: 0, y: 0, zoom: 1 },
  stageSize: { width: 0, height: 0 },
  pointer: null,
  fitted: false,
  setViewport: (viewport) => set({ viewport }),
  setStageSize: (stageSize) => set({ stageSize }),
  setPointer: (pointer) => set({ pointer }),
  setFitted: (fitted) => set({ fitted }),
});
