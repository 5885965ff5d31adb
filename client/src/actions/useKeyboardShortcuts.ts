/**
 * Keyboard shortcuts: one keydown listener dispatching to the first registered action whose
 * shortcut matches and whose predicate allows it. Text fields and dialogs keep their keys;
 * Enter, Tab and arrows act only when focus is on the canvas (or nowhere in particular).
 * The space bar held down turns dragging into panning.
 */
import { useEffect } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { actionContext, allActions } from './registry';
import { matchShortcut } from './shortcuts';

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

/** Handles one keydown; exported for tests. Returns whether an action ran. */
export function handleShortcut(e: KeyboardEvent, rt: BoardRuntime, canvas: HTMLElement | null): boolean {
  if (e.defaultPrevented || e.isComposing || isTextField(e.target)) return false;
  const target = e.target instanceof HTMLElement ? e.target : null;
  if (target?.closest('[role="dialog"]')) return false;
  const onCanvas = !target || target === canvas || target === document.body || target === document.documentElement;
  const ctx = actionContext(rt);
  for (const action of allActions()) {
    if (!action.kbd?.some((s) => matchShortcut(e, s))) continue;
    if (action.scope === 'canvas' && !onCanvas) continue;
    if (action.viaClipboardEvent) return false; // the browser's copy/cut/paste event follows
    if (!action.predicate(ctx)) continue;
    const handled = action.perform(ctx, { key: e.key, shift: e.shiftKey } as never) !== false;
    if (handled) e.preventDefault();
    return handled;
  }
  return false;
}

export function useKeyboardShortcuts(rt: BoardRuntime, canvas: () => HTMLElement | null): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === ' ' && !isTextField(e.target)) {
        // Held Space pans the next drag wherever the focus is (e.g. still on a zoom button just
        // clicked); only its default (scrolling) is stopped, so that Space still presses a
        // focused button or ticks a checkbox or radio.
        if (!e.repeat) useUiStore.getState().setSpaceHeld(true);
        if (!(e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement)) e.preventDefault();
        return;
      }
      handleShortcut(e, rt, canvas());
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') useUiStore.getState().setSpaceHeld(false);
    };
    const onBlur = () => useUiStore.getState().setSpaceHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [rt, canvas]);
}
