/** Idle: waits for a press and decides what it starts (note, handle, pan, rubber band). */
import type { ToolState } from '../../types';

export function Idle(): ToolState {
  return {
    id: 'idle',
    onPointerDown(env, input) {
      const ui = env.ui();
      if (input.button === 2) return;
      if (input.button === 1 || ui.spaceHeld) {
        env.transition('panning', input);
        return;
      }
      const { target } = input;
      if (target.kind === 'resize' && env.can().editNotes) env.transition('resizing', { id: target.id, input });
      else if (target.kind === 'note' || target.kind === 'resize') env.transition('pointingNote', input);
      else if (ui.tool === 'boxSelect' || input.shift) env.transition('brushing', input);
      else env.transition('pointingCanvas', input);
    },
  };
}
