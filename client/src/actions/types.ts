/**
 * The action contract: one registered object per user action, used alike by the toolbar,
 * menus and keyboard shortcuts (as in Excalidraw's action manager).
 */
import type { Permissions } from '@plg/shared';
import type { BoardRuntime } from '../board/BoardRuntime';
import type { TKey } from '../i18n';
import type { UiState } from '../stores/uiStore';

export interface Shortcut {
  /** `KeyboardEvent.key`, case-insensitive for letters. */
  key: string;
  /** Cmd on a Mac, Ctrl elsewhere. */
  mod?: boolean;
  /** The Ctrl key itself (e.g. Ctrl+Y). */
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Match whether or not Shift is held (keys that need Shift on some layouts, like `+`). */
  anyShift?: boolean;
}

export interface ActionContext {
  rt: BoardRuntime;
  ui: UiState;
  can: Permissions;
}

export interface Action<Arg = void> {
  id: string;
  labelKey: TKey;
  kbd?: readonly Shortcut[];
  /**
   * `canvas`: only when focus is on the canvas or nowhere in particular (Enter, arrows, Tab);
   * `global` (default): anywhere except text fields.
   */
  scope?: 'canvas' | 'global';
  /** The keyboard path is the browser's copy/cut/paste event, not keydown. */
  viaClipboardEvent?: boolean;
  predicate(ctx: ActionContext): boolean;
  /** Returning `false` means "not handled": a shortcut's key event then goes on as usual. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most actions return nothing; a few return false
  perform(ctx: ActionContext, arg: Arg): void | boolean;
}
