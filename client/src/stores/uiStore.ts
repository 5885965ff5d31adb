/**
 * The client's one session-state store, made of slices (tool, selection, viewport, editing,
 * gesture, connection, panels, toasts). The document lives in Yjs, presence in awareness.
 * Components read it with narrow selectors; tools and handlers use `useUiStore.getState()`.
 */
import { create } from 'zustand';
import { type ConnectionSlice, createConnectionSlice, INITIAL_CONNECTION } from './connectionSlice';
import { createEditingSlice, type EditingSlice } from './editingSlice';
import { createGestureSlice, type GestureSlice } from './gestureSlice';
import { createPanelSlice, type PanelSlice } from './panelSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createToastSlice, type ToastSlice } from './toastSlice';
import { createToolSlice, type ToolSlice } from './toolSlice';
import { createViewportSlice, type ViewportSlice } from './viewportSlice';

export type UiState = ToolSlice &
  SelectionSlice &
  ViewportSlice &
  EditingSlice &
  GestureSlice &
  ConnectionSlice &
  PanelSlice &
  ToastSlice & {
    /** Back to a fresh session state (when another board opens). */
    resetBoardState(): void;
  };

export const useUiStore = create<UiState>()((...a) => ({
  ...createToolSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewportSlice(...a),
  ...createEditingSlice(...a),
  ...createGestureSlice(...a),
  ...createConnectionSlice(...a),
  ...createPanelSlice(...a),
  ...createToastSlice(...a),
  resetBoardState: () =>
    a[0]({
      selection: new Set(),
      focusedId: null,
      editingId: null,
      drag: null,
      brush: null,
      resize: null,
      panning: false,
      fitted: false,
      pointer: null,
      dialog: null,
      toasts: [],
      connection: INITIAL_CONNECTION,
    }),
}));

export type UiStore = typeof useUiStore;
