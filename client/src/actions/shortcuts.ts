/**
 * Keyboard shortcut matching and formatting, and the table the help dialog shows (built from
 * the registered actions plus the pointer gestures, which are not actions).
 */
import type { Action, Shortcut } from './types';

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchShortcut(e: KeyLike, s: Shortcut, mac = IS_MAC): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const want = s.key.length === 1 ? s.key.toLowerCase() : s.key;
  if (key !== want) return false;
  const wantCtrl = Boolean(s.ctrl) || (!mac && Boolean(s.mod));
  const wantMeta = mac && Boolean(s.mod);
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta) return false;
  if (!s.anyShift && e.shiftKey !== Boolean(s.shift)) return false;
  if (e.altKey !== Boolean(s.alt)) return false;
  return true;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
  ' ': 'Space',
};

export function formatShortcut(s: Shortcut, mac = IS_MAC): string {
  const parts: string[] = [];
  if (s.ctrl) parts.push('Ctrl');
  if (s.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) parts.push(mac ? '⌥' : 'Alt');
  if (s.shift) parts.push(mac ? '⇧' : 'Shift');
  parts.push(KEY_NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key));
  return parts.join(mac ? '' : '+');
}

/** The order of the help table: the common things first. */
const HELP_ORDER = [
  'addNote',
  'editSelection',
  'escape',
  'deleteSelection',
  'undo',
  'redo',
  'selectAll',
  'duplicateSelection',
  'copySelection',
  'cutSelection',
  'paste',
  'nudgeSelection',
  'panView',
  'focusNote',
  'zoomIn',
  'zoomOut',
  'zoomToFit',
  'zoomReset',
  'toolSelect',
  'toolBoxSelect',
  'toggleList',
  'showHelp',
];

const rank = (id: string) => {
  const i = HELP_ORDER.indexOf(id);
  return i === -1 ? HELP_ORDER.length : i;
};

/** Rows for the help dialog: each action with a shortcut, its keys formatted, common ones first. */
export function shortcutTable(
  actions: readonly Action<unknown>[],
): { id: string; labelKey: Action['labelKey']; keys: string[] }[] {
  return [...actions]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .filter((a) => a.kbd && a.kbd.length > 0)
    .map((a) => ({ id: a.id, labelKey: a.labelKey, keys: (a.kbd ?? []).map((s) => formatShortcut(s)) }));
}
