/**
 * Toast slice: short messages to the user (a rolled-back change, a failed copy…).
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export interface Toast {
  id: number;
  /** Already translated text. */
  message: string;
  tone: 'info' | 'warning' | 'error';
}

export interface ToastSlice {
  toasts: readonly Toast[];
  pushToast(message: string, tone?: Toast['tone']): number;
  dismissToast(id: number): void;
}

let nextId = 1;

export const createToastSlice: StateCreator<UiState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  pushToast: (message, tone = 'info') => {
    const id = nextId++;
    // Keep the last few; an identical message replaces its older copy.
    const rest = get().toasts.filter((t) => t.message !== message);
    set({ toasts: [...rest.slice(-3), { id, message, tone }] });
    return id;
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
});
