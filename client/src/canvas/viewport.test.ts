import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  centreOn,
  classifyWheel,
  ensureVisible,
  fitBounds,
  MAX_ZOOM,
  MIN_ZOOM,
  pinch,
  screenToBoard,
  stepZoom,
  visibleBoardRect,
  zoomAt,
} from './viewport';

const vp = { x: 100, y: -50, zoom: 0.5 };
const wheel = { deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false };

describe('viewport math', () => {
  it('converts between screen and board coordinates both ways', () => {
    const p = { x: 333, y: 44 };
    const back = boardToScreen(vp, screenToBoard(vp, p));
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
    expect(screenToBoard(vp, { x: 100, y: -50 })).toEqual({ x: 0, y: 0 });
  });

  it('zooms about a point, keeping the board point under it fixed, within the limits', () => {
    const at = { x: 640, y: 360 };
    const before = screenToBoard(vp, at);
    const next = zoomAt(vp, at, 2);
    const after = screenToBoard(next, at);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(vp, at, 100).zoom).toBe(MAX_ZOOM);
    expect(zoomAt(vp, at, 0).zoom).toBe(MIN_ZOOM);
  });

  it('steps the zoom through fixed levels', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.8, -1)).toBe(0.75);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('fits a box in the canvas, centred', () => {
    const fit = fitBounds({ x: 0, y: 0, width: 2720, height: 1800 }, { width: 1920, height: 1080 }, 40);
    expect(fit.zoom).toBeCloseTo(1000 / 1800);
    const centre = screenToBoard(fit, { x: 960, y: 540 });
    expect(centre.x).toBeCloseTo(1360);
    expect(centre.y).toBeCloseTo(900);
    expect(fitBounds({ x: 0, y: 0, width: 10, height: 10 }, { width: 800, height: 600 }).zoom).toBe(1.5);
  });

  it('knows the visible board rectangle and centres on a point', () => {
    expect(visibleBoardRect({ x: -200, y: -100, zoom: 2 }, { width: 800, height: 600 })).toEqual({
      x: 100,
      y: 50,
      width: 400,
      height: 300,
    });
    const c = centreOn(vp, { width: 800, height: 600 }, { x: 10, y: 20 });
    expect(boardToScreen(c, { x: 10, y: 20 })).toEqual({ x: 400, y: 300 });
  });

  it('pans just enough to bring a box into view', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    const size = { width: 800, height: 600 };
    expect(ensureVisible(view, size, { x: 100, y: 100, width: 100, height: 100 })).toBe(view);
    const moved = ensureVisible(view, size, { x: 900, y: 100, width: 100, height: 100 }, 40);
    expect(boardToScreen(moved, { x: 1000, y: 200 }).x).toBe(760);
  });

  it('tells pinch and mouse-wheel zoom from two-finger scrolling', () => {
    expect(classifyWheel({ ...wheel, deltaY: -10, ctrlKey: true })).toMatchObject({ kind: 'zoom' });
    const zoomIn = classifyWheel({ ...wheel, deltaY: -10, ctrlKey: true });
    expect(zoomIn.kind === 'zoom' && zoomIn.factor > 1).toBe(true);
    expect(classifyWheel({ ...wheel, deltaY: 100 })).toMatchObject({ kind: 'zoom' });
    expect(classifyWheel({ ...wheel, deltaY: 3, deltaMode: 1 })).toMatchObject({ kind: 'zoom' });
    expect(classifyWheel({ ...wheel, deltaX: 4.5, deltaY: 12.25 })).toEqual({ kind: 'pan', dx: -4.5, dy: -12.25 });
    expect(classifyWheel({ ...wheel, deltaY: 100, shiftKey: true })).toEqual({ kind: 'pan', dx: -100, dy: 0 });
  });

  it('pinches: spreading the fingers zooms in about their midpoint', () => {
    const start = { x: 0, y: 0, zoom: 1 };
    const next = pinch(start, { x: 100, y: 100 }, { x: 200, y: 100 }, { x: 50, y: 100 }, { x: 250, y: 100 });
    expect(next.zoom).toBeCloseTo(2);
    expect(screenToBoard(next, { x: 150, y: 100 }).x).toBeCloseTo(150);
  });
});
