import type { Note } from '@plg/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View, Viewport } from '../viewport';
import { TileRenderer } from './TileRenderer';

/** What painting one tile costs on the fake clock, ms (a tile full of notes in software rendering). */
const TILE_MS = 4;
/** The renderer's per-frame budget and the one while zooming, ms. */
const BUDGET_MS = 6;
const GESTURE_BUDGET_MS = 3;
const FRAME_MS = 1000 / 60;

let clock = 0;

/** A 2D context that records nothing; clearing a tile (once per tile painted) costs TILE_MS. */
function fakeContext(): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  const noop = () => undefined;
  return new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'clearRect') return () => (clock += TILE_MS);
      if (key === 'measureText') return (text: string) => ({ width: text.length * 55 });
      return noop;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

const note = (i: number, x0: number, y0: number): Note => ({
  id: `n${i}`,
  text: `Briefje ${i}`,
  x: x0 + (i % 10) * 230,
  y: y0 + Math.floor(i / 10) * 190,
  width: 200,
  height: 160,
  color: '#fff176',
  createdAt: i,
  authorId: '',
});

/** 60 notes in a 10 × 6 grid from (x0, y0): 2,270 × 1,110 board units. */
function board(x0 = 0, y0 = 0): { ordered: Note[]; byId: Map<string, Note> } {
  const ordered = Array.from({ length: 60 }, (_, i) => note(i, x0, y0));
  return { ordered, byId: new Map(ordered.map((n) => [n.id, n])) };
}

const size = { width: 1366, height: 768 };
const at = (vp: Viewport): View => ({ vp, size, dpr: 1 });
const none = new Set<string>();

describe('TileRenderer', () => {
  let renderer: TileRenderer;
  let screen: CanvasRenderingContext2D;

  /** One frame: the clock moves on a vsync, then the draw; returns the time the draw took. */
  const frame = (vp: Viewport): number => {
    clock += FRAME_MS;
    const start = clock;
    renderer.draw(screen, vp, size, 1);
    return clock - start;
  };

  beforeEach(() => {
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fakeContext as never);
    screen = fakeContext();
    renderer = new TileRenderer(() => undefined);
  });

  afterEach(() => renderer.dispose());

  const home = { x: 0, y: 0, zoom: 1 };

  it('paints the first view whole in one frame', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    expect(renderer.pending(at(home))).toBe(1);
    frame(home);
    expect(renderer.pending(at(home))).toBe(0);
  });

  it('paints every tile the synced board dirtied in the first frame after the sync', () => {
    // Before the sync: the empty board drawn, then time passes.
    frame(home);
    frame(home);
    clock += 1000;
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    // The tiles on screen are stale now: pending() says so before the next draw.
    expect(renderer.pending(at(home))).toBeGreaterThan(20);
    renderer.completeView();
    frame(home);
    expect(renderer.pending(at(home))).toBe(0);
  });

  it('completes the view at once after the sync even when it changed only part of it', () => {
    frame(home);
    clock += 1000;
    // Ten notes in the top right corner: four of the 24 tiles in view.
    const ordered = board().ordered.filter((n) => n.x >= 1150 && n.y < 300);
    const byId = new Map(ordered.map((n) => [n.id, n]));
    renderer.setNotes(ordered, byId, none);
    const stale = renderer.pending(at(home));
    expect(stale).toBeGreaterThan(2);
    expect(stale).toBeLessThan(12);
    renderer.completeView();
    frame(home);
    expect(renderer.pending(at(home))).toBe(0);
  });

  it('paints the synced board whole at the fitted zoom in the first frame after the fit', () => {
    // Before the sync: an empty view at 100 %; the board arrives elsewhere and the camera jumps to it.
    frame(home);
    frame(home);
    clock += 1000;
    const { ordered, byId } = board(3000, 2000);
    renderer.setNotes(ordered, byId, none);
    const fit = { zoom: 0.45, x: 683 - 4135 * 0.45, y: 384 - 2555 * 0.45 };
    frame(fit);
    // Exact scale (no zoom step left to sharpen) and every tile painted.
    expect(renderer.pending(at(fit))).toBe(0);
  });

  it('completes the view after a jump of the camera at rest', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    frame(home);
    clock += 1000;
    const far = { x: -900, y: -300, zoom: 1 };
    frame(far);
    expect(renderer.pending(at(far))).toBe(0);
  });

  it('completes the view when one remote change repaints most of it', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    frame(home);
    clock += 1000;
    const moved = ordered.map((n) => ({ ...n, y: n.y + 40 }));
    renderer.setNotes(moved, new Map(moved.map((n) => [n.id, n])), none);
    frame(home);
    expect(renderer.pending(at(home))).toBe(0);
  });

  it('keeps the per-frame budget for a small remote change', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    frame(home);
    clock += 1000;
    // Three notes in different tiles move.
    const moved = ordered.map((n) => (['n0', 'n4', 'n21'].includes(n.id) ? { ...n, x: n.x + 30 } : n));
    renderer.setNotes(moved, new Map(moved.map((n) => [n.id, n])), none);
    expect(frame(home)).toBeLessThanOrEqual(BUDGET_MS + TILE_MS);
    expect(renderer.pending(at(home))).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) expect(frame(home)).toBeLessThanOrEqual(BUDGET_MS + TILE_MS);
    expect(renderer.pending(at(home))).toBe(0);
  });

  it('keeps the per-frame budget while panning, even when the sync lands mid-pan', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    frame(home);
    clock += 1000;
    let vp = home;
    for (let i = 0; i < 60; i++) {
      vp = { ...vp, x: vp.x - 25, y: vp.y - (i % 2) * 10 };
      if (i === 30) renderer.completeView();
      expect(frame(vp)).toBeLessThanOrEqual(BUDGET_MS + TILE_MS);
    }
  });

  it('keeps the gesture budget while pinch-zooming', () => {
    const { ordered, byId } = board();
    renderer.setNotes(ordered, byId, none);
    frame(home);
    clock += 1000;
    let vp = home;
    for (let i = 0; i < 40; i++) {
      const zoom = vp.zoom * 0.95;
      vp = { zoom, x: 683 - ((683 - vp.x) / vp.zoom) * zoom, y: 384 - ((384 - vp.y) / vp.zoom) * zoom };
      expect(frame(vp)).toBeLessThanOrEqual(GESTURE_BUDGET_MS + TILE_MS);
    }
  });

  it('counts a camera not drawn yet as pending', () => {
    frame(home);
    expect(renderer.pending(at(home))).toBe(0);
    expect(renderer.pending(at({ x: 10, y: 0, zoom: 1 }))).toBe(1);
  });
});
