/**
 * The action registry and the context actions run with (read fresh for every call).
 */
import { permissionsFor, readSession, sessionOf } from '@plg/shared';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import type { Action, ActionContext } from './types';

// biome-ignore lint/suspicious/noExplicitAny: the registry holds actions of any argument type
const registry = new Map<string, Action<any>>();

export function registerAction<Arg = void>(action: Action<Arg>): Action<Arg> {
  if (registry.has(action.id)) throw new Error(`action ${action.id} registered twice`);
  registry.set(action.id, action);
  return action;
}

export function allActions(): readonly Action<unknown>[] {
  return [...registry.values()];
}

export function actionContext(rt: BoardRuntime): ActionContext {
  return { rt, ui: useUiStore.getState(), can: permissionsFor(rt.role, readSession(sessionOf(rt.doc))) };
}

/** Runs an action if its predicate allows; returns whether it ran. */
export function runAction<Arg>(action: Action<Arg>, rt: BoardRuntime, arg: Arg): boolean {
  const ctx = actionContext(rt);
  if (!action.predicate(ctx)) return false;
  return action.perform(ctx, arg) !== false;
}
