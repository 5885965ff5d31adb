/**
 * Session state of the facilitated session on this screen (not in the document): which session
 * panel is open, presentation mode, the join panel, whether this screen follows the
 * facilitator, the timer sound, and the facilitator key for commands (memory only).
 */
import { create } from 'zustand';

export const SESSION_PANELS = ['facilitator', 'assessment', 'actions', 'results', 'history'] as const;
export type SessionPanelId = (typeof SESSION_PANELS)[number];
/** Panels only the facilitator has (Regie, Versies). */
export const FACILITATOR_PANELS: ReadonlySet<SessionPanelId> = new Set(['facilitator', 'history']);

const MUTE_KEY = 'plg-board:timer-muted';

function storedMuted(): boolean {
  try {
    return globalThis.localStorage?.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export interface SessionUiState {
  panel: SessionPanelId | null;
  presenting: boolean;
  joinOpen: boolean;
  /** Following the facilitator's view (until this person pans or zooms). */
  following: boolean;
  muted: boolean;
  /** Only on the facilitator's screen; never persisted or logged. */
  facilitatorKey: string | null;
  /** A group whose name field should open for typing (just made). */
  renamingGroupId: string | null;
  /** An action point whose "what" field should take focus (just made). */
  focusActionId: string | null;
  setPanel(panel: SessionPanelId | null): void;
  togglePanel(panel: SessionPanelId): void;
  setPresenting(on: boolean): void;
  setJoinOpen(open: boolean): void;
  setFollowing(on: boolean): void;
  setMuted(muted: boolean): void;
  setFacilitatorKey(key: string | null): void;
  setRenamingGroup(id: string | null): void;
  setFocusAction(id: string | null): void;
}

export const useSessionUi = create<SessionUiState>()((set, get) => ({
  panel: null,
  presenting: false,
  joinOpen: false,
  following: true,
  muted: storedMuted(),
  facilitatorKey: null,
  renamingGroupId: null,
  focusActionId: null,
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? null : panel }),
  setPresenting: (presenting) => set({ presenting, ...(presenting ? {} : { joinOpen: false }) }),
  setJoinOpen: (joinOpen) => set({ joinOpen }),
  setFollowing: (following) => set({ following }),
  setMuted: (muted) => {
    try {
      globalThis.localStorage?.setItem(MUTE_KEY, muted ? '1' : '0');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    set({ muted });
  },
  setFacilitatorKey: (facilitatorKey) => set({ facilitatorKey }),
  setRenamingGroup: (renamingGroupId) => set({ renamingGroupId }),
  setFocusAction: (focusActionId) => set({ focusActionId }),
}));
