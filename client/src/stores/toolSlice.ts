/**
 * Tool slice: which pointer tool is active and whether the space bar (temporary pan) is held.
 */
import type { StateCreator } from 'zustand';
import type { UiState } from './uiStore';

export const TOOLS = { select: 'select', boxSelect: 'boxSelect' } as const;
export type ToolId = (typeof TOOLS)[keyof typeof TOOLS];

export interface ToolSlice {
  tool: ToolId;
  spaceHeld: boolean;
  /** Colour new notes get (the last colour picked). */
  noteColor: string;
  setTool(tool: ToolId): void;
  setSpaceHeld(held: boolean): void;
  setNoteColor(color: string): void;
}

export const createToolSlice: StateCreator<UiState, [], [], ToolSlice> = (set) => ({
  tool: TOOLS.select,
  spaceHeld: false,
  noteColor: '#fff176',
  setTool: (tool) => set({ tool }),
  setSpaceHeld: (spaceHeld) => set({ spaceHeld }),
  setNoteColor: (noteColor) => set({ noteColor }),
});
