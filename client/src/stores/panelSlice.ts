/**
 * Panel slice: which panels and dialogs are open, and (on a phone) whether the list or the
 * canvas is shown.
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export type DialogId = 'share' | 'help' | null;
export type MainView = 'canvas' | 'list';

export interface PanelSlice {
  /** The list panel beside the canvas (desktop). */
  listOpen: boolean;
  /** Which view fills the screen on a narrow screen. */
  mainView: MainView;
  dialog: DialogId;
  setListOpen(open: boolean): void;
  setMainView(view: MainView): void;
  openDialog(dialog: DialogId): void;
}

export const createPanelSlice: StateCreator<UiState, [], [], PanelSlice> = (set) => ({
  listOpen: false,
  mainView: 'canvas',
  dialog: null,
  setListOpen: (listOpen) => set({ listOpen }),
  setMainView: (mainView) => set({ mainView }),
  openDialog: (dialog) => set({ dialog }),
});
