/**
 * Camera and gesture helpers for the canvas: the viewport as the app holds it
 * (`window.__plg.ui`), screen/board conversion, Ctrl+wheel, mouse drags, and two-finger touch
 * through the Chrome DevTools Protocol (real touch input, so the page sees touch pointer events).
 */
import { type CDPSession, expect, type Page } from '@playwright/test';
import type { BoardPage } from './BoardPage.js';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

type UiStore = {
  getState(): {
    viewport: Viewport;
    stageSize: { width: number; height: number };
    selection: ReadonlySet<string>;
    editingId: string | null;
    focusedId: string | null;
  };
};

/** The camera: screen = board × zoom + (x, y), relative to the canvas element. */
export async function viewport(page: Page): Promise<Viewport> {
  return page.evaluate(() => (window as unknown as { __plg: { ui: UiStore } }).__plg.ui.getState().viewport);
}

/** The session state tests look at besides the camera. */
export async function uiState(
  page: Page,
): Promise<{ selection: string[]; editingId: string | null; focusedId: string | null; stage: Box }> {
  return page.evaluate(() => {
    const s = (window as unknown as { __plg: { ui: UiStore } }).__plg.ui.getState();
    return {
      selection: [...s.selection],
      editingId: s.editingId,
      focusedId: s.focusedId,
      stage: { x: 0, y: 0, ...s.stageSize },
    };
  });
}

/** Waits until the camera has settled (two reads a frame apart agree) and returns it. */
export async function settledViewport(page: Page): Promise<Viewport> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await viewport(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as Viewport;
}

/** The board point under a page point. */
export async function boardAt(board: BoardPage, p: Point): Promise<Point> {
  const box = await board.canvas().boundingBox();
  if (!box) throw new Error('no canvas');
  const vp = await viewport(board.page);
  return { x: (p.x - box.x - vp.x) / vp.zoom, y: (p.y - box.y - vp.y) / vp.zoom };
}

/** The zoom percentage the zoom control shows, as a number. */
export async function zoomLabel(page: Page): Promise<number> {
  const text = (await page.getByTestId('zoom-percent').textContent()) ?? '';
  return Number(text.replace('%', '').trim());
}

/** The bounding box of the zones and notes in this browser's document (board units). */
export async function contentBounds(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const doc = (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, Box> } } } })
      .__plg.doc;
    const items = [...Object.values(doc.getMap('zones').toJSON()), ...Object.values(doc.getMap('notes').toJSON())];
    const x = Math.min(...items.map((i) => i.x));
    const y = Math.min(...items.map((i) => i.y));
    const right = Math.max(...items.map((i) => i.x + i.width));
    const bottom = Math.max(...items.map((i) => i.y + i.height));
    return { x, y, width: right - x, height: bottom - y };
  });
}

/** A trackpad pinch as Chromium reports it: a wheel event with ctrlKey at page point `at`. */
export async function ctrlWheel(page: Page, at: Point, deltaY: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
}

/** A mouse drag in small steps (page coordinates). */
export async function mouseDrag(page: Page, from: Point, to: Point, steps = 10): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/**
 * Two fingers on the touch screen, driven with `Input.dispatchTouchEvent`. Needs a context
 * created with `hasTouch: true`; every point is in page coordinates.
 */
export class TwoFingers {
  private constructor(
    private readonly cdp: CDPSession,
    private at: [Point, Point],
  ) {}

  static async down(page: Page, a: Point, b: Point): Promise<TwoFingers> {
    const cdp = await page.context().newCDPSession(page);
    const fingers = new TwoFingers(cdp, [a, b]);
    await fingers.send('touchStart');
    return fingers;
  }

  /** Moves both fingers to `a` and `b` in `steps` touchMove events. */
  async move(a: Point, b: Point, steps = 8): Promise<void> {
    const [a0, b0] = this.at;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      this.at = [
        { x: a0.x + (a.x - a0.x) * t, y: a0.y + (a.y - a0.y) * t },
        { x: b0.x + (b.x - b0.x) * t, y: b0.y + (b.y - b0.y) * t },
      ];
      await this.send('touchMove');
    }
  }

  async up(): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await this.cdp.detach();
  }

  private async send(type: 'touchStart' | 'touchMove'): Promise<void> {
    const touchPoints = this.at.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 5, radiusY: 5, force: 1 }));
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  }
}
