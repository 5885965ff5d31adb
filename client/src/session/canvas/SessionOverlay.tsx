/**
 * The session's layer over the canvas, in HTML: one "world" element carries the camera
 * transform (set imperatively, so panning re-renders nothing) and holds, in board units, the
 * spotlight mask, group frames, marks on private drafts, dot buttons and the selection menu.
 * Chips stay the same size on screen (scaled by 1/zoom through the `--inv` variable; chips on
 * notes use `--chip`, a little smaller when zoomed far out).
 */
import type { Zone } from '@plg/shared';
import { useLayoutEffect, useRef } from 'react';
import type { BoardRuntime } from '../../board/BoardRuntime';
import type { Viewport } from '../../canvas/viewport';
import { useUiStore } from '../../stores/uiStore';
import { DraftMarks } from './DraftMarks';
import { GroupFramesView } from './GroupFramesView';
import { NoteVoteChips } from './NoteVoteChips';
import { SelectionMenu } from './SelectionMenu';
import { SpotlightMask } from './SpotlightMask';

/** Chips on notes shrink a little when zoomed far out, so they do not hide the notes. */
export function chipScale(zoom: number): number {
  return Math.min(1, Math.max(0.6, zoom * 1.6)) / zoom;
}

function place(el: HTMLElement, vp: Viewport): void {
  el.style.transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`;
  el.style.setProperty('--inv', String(1 / vp.zoom));
  el.style.setProperty('--chip', String(chipScale(vp.zoom)));
  // Zoomed far out, labels say less (e.g. "privé" instead of the whole sentence).
  el.classList.toggle('is-far', vp.zoom < 0.6);
}

export function SessionOverlay({ rt, zones }: { rt: BoardRuntime; zones: readonly Zone[] }) {
  const world = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = world.current;
    if (!el) return;
    place(el, useUiStore.getState().viewport);
    return useUiStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place(el, s.viewport);
    });
  }, []);
  return (
    <div className="session-overlay">
      <div ref={world} className="session-world">
        <SpotlightMask rt={rt} zones={zones} />
        <GroupFramesView rt={rt} />
        <DraftMarks rt={rt} />
        <NoteVoteChips rt={rt} />
        <SelectionMenu rt={rt} />
      </div>
    </div>
  );
}
