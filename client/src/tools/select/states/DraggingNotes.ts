/**
 * Dragging the selection: the offset lives in the session store (drawn by the drag layer) and
 * is published in awareness for others, throttled. The document gets ONE update, on drop.
 */
import { dropNotes } from '../../../session/groups/dropNotes';
import type { PointerInput, ToolState } from '../../types';

export function DraggingNotes(): ToolState {
  let ids: string[] = [];
  let origin = { x: 0, y: 0 };
  let offset = { dx: 0, dy: 0 };
  return {
    id: 'draggingNotes',
    onEnter(env, data) {
      const start = data as PointerInput;
      const ui = env.ui();
      ids = [...ui.selection].filter((id) => env.rt.notes.get(id) !== undefined);
      origin = start.board;
      offset = { dx: 0, dy: 0 };
      ui.setDrag({ ids, dx: 0, dy: 0 });
    },
    onPointerMove(env, input) {
      offset = { dx: input.board.x - origin.x, dy: input.board.y - origin.y };
      env.ui().setDrag({ ids, ...offset });
      env.rt.presence.setDrag({ ids, ...offset });
    },
    onPointerUp(env) {
      const { rt } = env;
      if (offset.dx !== 0 || offset.dy !== 0) {
        const moves = ids.flatMap((id) => {
          const note = rt.notes.get(id);
          return note ? [{ id, x: note.x + offset.dx, y: note.y + offset.dy }] : [];
        });
        rt.undo.stopCapturing();
        // The move, plus joining or leaving a group's frame where the notes land.
        dropNotes(rt, moves);
        rt.undo.stopCapturing();
      }
      env.transition('idle');
    },
    onExit(env) {
      env.ui().setDrag(null);
      env.rt.presence.setDrag(null);
      ids = [];
    },
  };
}
