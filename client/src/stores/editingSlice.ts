/**
 * Editing slice: which note's text is being edited in place on the canvas.
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export interface EditingSlice {
  editingId: string | null;
  startEditing(id: string): void;
  stopEditing(): void;
}

export const createEditingSlice: StateCreator<UiState, [], [], EditingSlice> = (set, get) => ({
  editingId: null,
  startEditing: (id) => set({ editingId: id, selection: new Set([id]) }),
  stopEditing: () => {
    if (get().editingId !== null) set({ editingId: null });
  },
});
