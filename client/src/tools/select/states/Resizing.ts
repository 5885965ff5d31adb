/** Resizing a note by its corner handle: a live preview, then one resizeNote on release. */
import { LIMITS, resizeNote } from '@plg/shared';
import type { PointerInput, ToolState } from '../../types';

const clampSize = (v: number) => Math.round(Math.min(LIMITS.maxNoteSize, Math.max(LIMITS.minNoteSize, v)));

export function Resizing(): ToolState {
  let id = '';
  let start = { x: 0, y: 0, width: 0, height: 0 };
  let size = { width: 0, height: 0 };
  return {
    id: 'resizing',
    onEnter(env, data) {
      const { id: noteId, input } = data as { id: string; input: PointerInput };
      const note = env.rt.notes.get(noteId);
      if (!note) {
        env.transition('idle');
        return;
      }
      id = noteId;
      start = { x: input.board.x, y: input.board.y, width: note.width, height: note.height };
      size = { width: note.width, height: note.height };
      env.ui().select([id]);
      env.ui().setResize({ id, ...size });
    },
    onPointerMove(env, input) {
      size = {
        width: clampSize(start.width + input.board.x - start.x),
        height: clampSize(start.height + input.board.y - start.y),
      };
      env.ui().setResize({ id, ...size });
    },
    onPointerUp(env) {
      const note = env.rt.notes.get(id);
      if (note && (note.width !== size.width || note.height !== size.height)) {
        env.rt.undo.stopCapturing();
        resizeNote(env.rt.doc, id, size, env.rt.origin, env.rt.notes.mapOf(id));
        env.rt.undo.stopCapturing();
      }
      env.transition('idle');
    },
    onExit(env) {
      env.ui().setResize(null);
    },
  };
}
