/**
 * Dragging a group by its frame's title: the group's notes move live (the session store's drag,
 * drawn by the drag layer, and presence for everyone else), then ONE move on drop, as a note
 * drag. A press without moving selects the group's notes.
 */
import { type PointerEvent, useRef } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { dragThreshold } from '../../tools/types';
import { dropNotes } from './dropNotes';

interface Gesture {
  pointerId: number;
  x: number;
  y: number;
  moved: boolean;
  dx: number;
  dy: number;
}

export function useFrameDrag(rt: BoardRuntime, members: readonly string[], canMove: boolean) {
  const gesture = useRef<Gesture | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button:not(.group-grip), input')) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    gesture.current = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, moved: false, dx: 0, dy: 0 };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId || !canMove) return;
    if (!g.moved && Math.hypot(e.clientX - g.x, e.clientY - g.y) < dragThreshold(e.pointerType)) return;
    g.moved = true;
    const zoom = useUiStore.getState().viewport.zoom;
    g.dx = (e.clientX - g.x) / zoom;
    g.dy = (e.clientY - g.y) / zoom;
    const drag = { ids: [...members], dx: g.dx, dy: g.dy };
    useUiStore.getState().setDrag(drag);
    rt.presence.setDrag(drag);
  };
  const finish = (commit: boolean) => {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    const ui = useUiStore.getState();
    if (g.moved) {
      if (commit) {
        const moves = members.flatMap((id) => {
          const n = rt.notes.get(id);
          return n ? [{ id, x: n.x + g.dx, y: n.y + g.dy }] : [];
        });
        rt.undo.stopCapturing();
        dropNotes(rt, moves);
        rt.undo.stopCapturing();
      }
      ui.setDrag(null);
      rt.presence.setDrag(null);
    } else if (commit) ui.select(members);
  };
  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: () => finish(true),
    onPointerCancel: () => finish(false),
  };
}
