/**
 * Gesture slice: transient state of a pointer gesture in progress (local drag offset,
 * rubber-band rectangle, resize preview). Never written to the document until the drop.
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export interface DragState {
  ids: readonly string[];
  dx: number;
  dy: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface ResizeState {
  id: string;
  width: number;
  height: number;
}

export interface GestureSlice {
  drag: DragState | null;
  brush: Rect | null;
  resize: ResizeState | null;
  /** True while the canvas is being panned or pinched (cursor feedback). */
  panning: boolean;
  setDrag(drag: DragState | null): void;
  setBrush(brush: Rect | null): void;
  setResize(resize: ResizeState | null): void;
  setPanning(panning: boolean): void;
}

export const createGestureSlice: StateCreator<UiState, [], [], GestureSlice> = (set) => ({
  drag: null,
  brush: null,
  resize: null,
  panning: false,
  setDrag: (drag) => set({ drag }),
  setBrush: (brush) => set({ brush }),
  setResize: (resize) => set({ resize }),
  setPanning: (panning) => set({ panning }),
});
