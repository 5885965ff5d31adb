/**
 * Runs the select tool's states: routes pointer input to the current state and performs
 * transitions. Knows nothing about Konva or the DOM (see canvas/useCanvasInput.ts).
 */
import { permissionsFor, readSession, sessionOf } from '@plg/shared';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { Brushing } from './select/states/Brushing';
import { DraggingNotes } from './select/states/DraggingNotes';
import { Idle } from './select/states/Idle';
import { Panning } from './select/states/Panning';
import { Pinching } from './select/states/Pinching';
import { PointingCanvas } from './select/states/PointingCanvas';
import { PointingNote } from './select/states/PointingNote';
import { Resizing } from './select/states/Resizing';
import type { PointerInput, StateId, ToolEnv, ToolState } from './types';

export class ToolMachine {
  private readonly states: Record<StateId, ToolState>;
  private current: ToolState;
  private readonly env: ToolEnv;

  constructor(rt: BoardRuntime) {
    this.states = {
      idle: Idle(),
      pointingNote: PointingNote(),
      draggingNotes: DraggingNotes(),
      pointingCanvas: PointingCanvas(),
      panning: Panning(),
      brushing: Brushing(),
      resizing: Resizing(),
      pinching: Pinching(),
    };
    this.current = this.states.idle;
    this.env = {
      rt,
      ui: () => useUiStore.getState(),
      can: () => permissionsFor(rt.role, readSession(sessionOf(rt.doc))),
      transition: (id, data) => this.transition(id, data),
    };
  }

  get state(): StateId {
    return this.current.id;
  }

  pointerDown(input: PointerInput): void {
    this.current.onPointerDown?.(this.env, input);
  }

  pointerMove(input: PointerInput): void {
    const before = this.current;
    before.onPointerMove?.(this.env, input);
    // A press that just became a drag, pan or rubber band also takes this move.
    if (this.current !== before) this.current.onPointerMove?.(this.env, input);
  }

  pointerUp(input: PointerInput): void {
    this.current.onPointerUp?.(this.env, input);
  }

  cancel(): void {
    this.current.onCancel?.(this.env);
    if (this.current.id !== 'idle') this.transition('idle');
  }

  transition(id: StateId, data?: unknown): void {
    this.current.onExit?.(this.env);
    this.current = this.states[id];
    this.current.onEnter?.(this.env, data);
  }
}
