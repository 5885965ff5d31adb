/**
 * The pointer tool contract: a small state machine, one file per state (as tldraw's tools).
 * States receive pointer input already hit-tested and in both coordinate spaces; they change
 * the session store freely but write the document only at the end of a gesture, through ops.
 */
import type { Permissions } from '@plg/shared';
import type { BoardRuntime } from '../board/BoardRuntime';
import type { Point } from '../canvas/viewport';
import type { UiState } from '../stores/uiStore';

export type HitTarget = { kind: 'canvas' } | { kind: 'note'; id: string } | { kind: 'resize'; id: string };

export interface PointerInput {
  pointerId: number;
  pointerType: string;
  /** 0 primary, 1 middle, 2 secondary. */
  button: number;
  /** Relative to the canvas element, in CSS pixels. */
  screen: Point;
  /** In board units. */
  board: Point;
  shift: boolean;
  mod: boolean;
  target: HitTarget;
}

export const STATE_IDS = [
  'idle',
  'pointingNote',
  'draggingNotes',
  'pointingCanvas',
  'panning',
  'brushing',
  'resizing',
  'pinching',
] as const;
export type StateId = (typeof STATE_IDS)[number];

export interface ToolEnv {
  rt: BoardRuntime;
  ui(): UiState;
  can(): Permissions;
  transition(id: StateId, data?: unknown): void;
}

export interface ToolState {
  readonly id: StateId;
  onEnter?(env: ToolEnv, data: unknown): void;
  onExit?(env: ToolEnv): void;
  onPointerDown?(env: ToolEnv, input: PointerInput): void;
  onPointerMove?(env: ToolEnv, input: PointerInput): void;
  onPointerUp?(env: ToolEnv, input: PointerInput): void;
  /** Escape, a lost pointer, or a second finger: end without committing. */
  onCancel?(env: ToolEnv): void;
}

/** Screen distance a pointer must travel before a press becomes a drag. */
export function dragThreshold(pointerType: string): number {
  return pointerType === 'touch' ? 8 : 4;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
