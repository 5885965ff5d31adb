/**
 * Wires DOM input on the canvas element to the tool machine: pointer events (captured for the
 * length of a gesture, several touch pointers for a pinch), wheel and trackpad zoom/pan,
 * double-click, and the local cursor published as presence.
 */
import { type RefObject, useEffect } from 'react';
import { addNote } from '../actions/defs/addNote';
import { actionContext, runAction } from '../actions/registry';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';
import { ToolMachine } from '../tools/ToolMachine';
import type { PointerInput } from '../tools/types';
import { hitTest } from './hitTest';
import { classifyWheel, panBy, screenToBoard, zoomBy } from './viewport';

export function useCanvasInput(container: RefObject<HTMLDivElement | null>, rt: BoardRuntime): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const machine = new ToolMachine(rt);
    const touches = new Map<number, PointerInput>();
    const hitAt = (screen: { x: number; y: number }) => {
      const ui = useUiStore.getState();
      const selected = ui.selection.size === 1 ? rt.notes.get([...ui.selection][0]!) : undefined;
      const canResize = selected && ui.editingId !== selected.id && actionContext(rt).can.editNotes;
      return hitTest(
        { notes: rt.notes.getSnapshot().ordered, handleFor: canResize ? selected : null, zoom: ui.viewport.zoom },
        screenToBoard(ui.viewport, screen),
      );
    };

    const toInput = (e: PointerEvent | MouseEvent, withHit: boolean): PointerInput => {
      const rect = el.getBoundingClientRect();
      const screen = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      return {
        pointerId: 'pointerId' in e ? e.pointerId : 1,
        pointerType: 'pointerType' in e ? e.pointerType : 'mouse',
        button: e.button,
        screen,
        board: screenToBoard(useUiStore.getState().viewport, screen),
        shift: e.shiftKey,
        mod: e.ctrlKey || e.metaKey,
        target: withHit ? hitAt(screen) : { kind: 'canvas' },
      };
    };
    // Pointer capture retargets the click and dblclick that follow a press to the container.
    const onCanvas = (e: Event) => e.target instanceof HTMLCanvasElement || e.target === el;

    const onPointerDown = (e: PointerEvent) => {
      if (!onCanvas(e)) return;
      el.focus({ preventScroll: true });
      const input = toInput(e, true);
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, input);
        if (touches.size === 2) {
          const [a, b] = [...touches.values()] as [PointerInput, PointerInput];
          machine.cancel();
          machine.transition('pinching', { a, b });
          el.setPointerCapture(e.pointerId);
          return;
        }
        if (touches.size > 2) return;
      }
      if (machine.state !== 'idle') return;
      el.setPointerCapture(e.pointerId);
      machine.pointerDown(input);
    };

    const onPointerMove = (e: PointerEvent) => {
      const input = toInput(e, false);
      if (e.pointerType === 'touch' && touches.has(e.pointerId)) touches.set(e.pointerId, input);
      if (e.pointerType !== 'touch') {
        rt.presence.setCursor(input.board);
        useUiStore.getState().setPointer(input.board);
      }
      if (machine.state !== 'idle') machine.pointerMove(input);
    };

    const onPointerUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      if (machine.state !== 'idle') machine.pointerUp(toInput(e, false));
    };

    const onPointerCancel = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      machine.cancel();
    };

    const onPointerLeave = (e: PointerEvent) => {
      if (e.pointerType === 'touch' || machine.state !== 'idle') return;
      rt.presence.setCursor(null);
      useUiStore.getState().setPointer(null);
    };

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      const at = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      const intent = classifyWheel(e);
      const ui = useUiStore.getState();
      ui.setViewport(
        intent.kind === 'zoom' ? zoomBy(ui.viewport, at, intent.factor) : panBy(ui.viewport, intent.dx, intent.dy),
      );
    };

    const onDoubleClick = (e: MouseEvent) => {
      if (!onCanvas(e)) return;
      const input = toInput(e, true);
      const ui = useUiStore.getState();
      if (input.target.kind === 'note') {
        if (machine.state === 'idle' && actionContext(rt).can.editNotes) ui.startEditing(input.target.id);
      } else if (input.target.kind === 'canvas') runAction(addNote, rt, input.board);
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && machine.state !== 'idle') {
        machine.cancel();
        e.stopPropagation();
      }
    };

    el.addEventListener('pointerdown', onPointerDown);
    el.addEventListener('pointermove', onPointerMove);
    el.addEventListener('pointerup', onPointerUp);
    el.addEventListener('pointercancel', onPointerCancel);
    el.addEventListener('pointerleave', onPointerLeave);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('dblclick', onDoubleClick);
    el.addEventListener('keydown', onKeyDown);
    return () => {
      machine.cancel();
      el.removeEventListener('pointerdown', onPointerDown);
      el.removeEventListener('pointermove', onPointerMove);
      el.removeEventListener('pointerup', onPointerUp);
      el.removeEventListener('pointercancel', onPointerCancel);
      el.removeEventListener('pointerleave', onPointerLeave);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('dblclick', onDoubleClick);
      el.removeEventListener('keydown', onKeyDown);
    };
  }, [container, rt]);
}
