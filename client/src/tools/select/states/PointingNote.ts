/**
 * Pressing a note: selects it (Shift adds or removes it); moving past the threshold starts a
 * drag of the whole selection, releasing is a click.
 */
import type { PointerInput, ToolState } from '../../types';
import { distance, dragThreshold } from '../../types';

export function PointingNote(): ToolState {
  let start: PointerInput | null = null;
  let id = '';
  let wasSelected = false;
  return {
    id: 'pointingNote',
    onEnter(env, data) {
      start = data as PointerInput;
      id = start.target.kind === 'canvas' ? '' : start.target.id;
      const ui = env.ui();
      wasSelected = ui.selection.has(id);
      ui.setFocused(null);
      if (ui.editingId && ui.editingId !== id) ui.stopEditing();
      if (!wasSelected) {
        if (start.shift) ui.addToSelection([id]);
        else ui.select([id]);
      }
    },
    onPointerMove(env, input) {
      if (!start || distance(input.screen, start.screen) < dragThreshold(input.pointerType)) return;
      if (!env.can().editNotes || env.ui().editingId === id) return;
      env.transition('draggingNotes', start);
    },
    onPointerUp(env) {
      const ui = env.ui();
      if (start && wasSelected) {
        if (start.shift) ui.toggleSelected(id);
        else if (ui.selection.size > 1) ui.select([id]);
      }
      env.transition('idle');
    },
    onCancel() {
      start = null;
    },
  };
}
