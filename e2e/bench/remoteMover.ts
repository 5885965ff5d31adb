/**
 * A remote colleague for the benchmark: a Node y-websocket client (facilitator) that drags 30
 * notes at once, as the PLG client does: the live offset in awareness at 20 Hz, then one
 * `moveNotes` on the drop, every second.
 */
import { type CreateBoardResponse, LocalOrigin, moveNotes, notesOf, readNote } from '@plg/shared';
import * as Y from 'yjs';
import { connectFacilitator } from './heavyBoard.js';

export interface RemoteMover {
  stop(): Promise<void>;
}

export async function startRemoteMover(
  baseUrl: string,
  board: CreateBoardResponse,
  ids: string[],
): Promise<RemoteMover> {
  const { doc, provider } = await connectFacilitator(baseUrl, board);
  const origin = new LocalOrigin('bench-remote');
  provider.awareness.setLocalState({ user: { id: 'bench-remote', name: 'Collega', color: '#0072b2' } });
  let tick = 0;
  const timer = setInterval(() => {
    tick++;
    const phase = tick % 20;
    if (phase === 0) {
      // The drop: one document update for all 30 notes.
      const moves = ids.flatMap((id) => {
        const map = notesOf(doc).get(id);
        const note = map instanceof Y.Map ? readNote(map) : undefined;
        return note ? [{ id, x: note.x + 40, y: note.y + (tick % 40 === 0 ? 30 : -30) }] : [];
      });
      provider.awareness.setLocalStateField('drag', null);
      moveNotes(doc, moves, origin);
      return;
    }
    const angle = (phase / 20) * Math.PI * 2;
    provider.awareness.setLocalStateField('drag', {
      ids,
      dx: Math.round(Math.cos(angle) * 120),
      dy: Math.round(Math.sin(angle) * 80),
    });
  }, 50);
  return {
    async stop() {
      clearInterval(timer);
      provider.awareness.setLocalStateField('drag', null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      provider.destroy();
      doc.destroy();
    },
  };
}
