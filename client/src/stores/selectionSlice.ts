/**
 * Selection slice: the selected note ids and the note that has keyboard focus on the canvas.
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export interface SelectionSlice {
  selection: ReadonlySet<string>;
  /** The note the keyboard focus ring is on (Tab / Shift+Tab on the canvas). */
  focusedId: string | null;
  select(ids: Iterable<string>): void;
  addToSelection(ids: Iterable<string>): void;
  toggleSelected(id: string): void;
  clearSelection(): void;
  /** Drops ids that no longer exist (after a remote delete or an undo). */
  pruneSelection(exists: (id: string) => boolean): void;
  setFocused(id: string | null): void;
}

const EMPTY: ReadonlySet<string> = new Set();

export const createSelectionSlice: StateCreator<UiState, [], [], SelectionSlice> = (set, get) => ({
  selection: EMPTY,
  focusedId: null,
  select: (ids) => set({ selection: new Set(ids) }),
  addToSelection: (ids) => set({ selection: new Set([...get().selection, ...ids]) }),
  toggleSelected: (id) => {
    const next = new Set(get().selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ selection: next });
  },
  clearSelection: () => {
    if (get().selection.size > 0) set({ selection: EMPTY });
  },
  pruneSelection: (exists) => {
    const { selection, focusedId } = get();
    const kept = [...selection].filter(exists);
    if (kept.length !== selection.size) set({ selection: new Set(kept) });
    if (focusedId && !exists(focusedId)) set({ focusedId: null });
  },
  setFocused: (focusedId) => set({ focusedId }),
});
