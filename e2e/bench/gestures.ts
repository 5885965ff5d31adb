/**
 * The benchmark's gestures, driven through Playwright's real input pipeline (CDP mouse and
 * wheel events): pan with the middle button, pinch-zoom with ctrl+wheel, drag a note. Each runs
 * for `ms` milliseconds of wall time.
 */
import type { Page } from '@playwright/test';

interface Plg {
  ui: { getState(): { viewport: { x: number; y: number; zoom: number }; setViewport(v: unknown): void } };
  notes: { get(id: string): { x: number; y: number; width: number; height: number } | undefined };
  canvas?: { pending(): number };
}

/** The canvas box on the page. */
export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** Waits two frames and until the canvas has nothing left to draw. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const plg = (window as unknown as { __plg?: Plg }).__plg;
            resolve((plg?.canvas?.pending() ?? 0) === 0);
          }),
        ),
      ),
    undefined,
    { timeout: 60_000 },
  );
}

export async function zoomToFit(page: Page): Promise<void> {
  await page.getByTestId('action-zoomToFit').click();
  await settle(page);
}

/** Sets the zoom about the canvas centre. */
export async function setZoom(page: Page, zoom: number): Promise<void> {
  await page.evaluate((z) => {
    const plg = (window as unknown as { __plg: Plg }).__plg;
    const ui = plg.ui.getState();
    const vp = ui.viewport;
    const el = document.querySelector('[data-testid="board-canvas"]') as HTMLElement;
    const cx = el.clientWidth / 2;
    const cy = el.clientHeight / 2;
    const bx = (cx - vp.x) / vp.zoom;
    const by = (cy - vp.y) / vp.zoom;
    ui.setViewport({ zoom: z, x: cx - bx * z, y: cy - by * z });
  }, zoom);
  await settle(page);
}

/** Pans back and forth (middle-button drag along an ellipse). */
export async function pan(page: Page, ms: number): Promise<void> {
  const box = await canvasBox(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down({ button: 'middle' });
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    const a = i / 30;
    await page.mouse.move(cx + Math.sin(a) * 300, cy + Math.sin(a * 0.7) * 180);
  }
  await page.mouse.up({ button: 'middle' });
}

/** Resolves after the page's next frame. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/**
 * Pinch-zooms in and out about the centre as a trackpad does: ctrl+wheel, one event per frame,
 * ×1.05 each (×2 in about a quarter of a second), 60 frames in (×18), then 60 out.
 */
export async function zoom(page: Page, ms: number): Promise<void> {
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    await page.mouse.wheel(0, Math.floor(i / 60) % 2 === 0 ? -5 : 5);
    await nextFrame(page);
  }
  await page.keyboard.up('Control');
}

/** Drags the note with this id around a circle. */
export async function dragNote(page: Page, id: string, ms: number): Promise<void> {
  const box = await canvasBox(page);
  const at = await page.evaluate((noteId) => {
    const plg = (window as unknown as { __plg: Plg }).__plg;
    const n = plg.notes.get(noteId);
    const vp = plg.ui.getState().viewport;
    if (!n) throw new Error(`no note ${noteId}`);
    return { x: (n.x + n.width / 2) * vp.zoom + vp.x, y: (n.y + n.height / 2) * vp.zoom + vp.y };
  }, id);
  const x0 = box.x + at.x;
  const y0 = box.y + at.y;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 1; Date.now() - start < ms; i++) {
    const a = i / 20;
    await page.mouse.move(x0 + Math.sin(a) * 150, y0 + (1 - Math.cos(a)) * 100);
  }
  await page.mouse.up();
}

/** Ids of up to `n` notes nearest the centre of the view. */
export async function notesNearCentre(page: Page, n: number): Promise<string[]> {
  return page.evaluate((count) => {
    const plg = (
      window as unknown as {
        __plg: Plg & { notes: { getSnapshot(): { ordered: { id: string; x: number; y: number }[] } } };
      }
    ).__plg;
    const vp = plg.ui.getState().viewport;
    const el = document.querySelector('[data-testid="board-canvas"]') as HTMLElement;
    const cx = (el.clientWidth / 2 - vp.x) / vp.zoom;
    const cy = (el.clientHeight / 2 - vp.y) / vp.zoom;
    return [...plg.notes.getSnapshot().ordered]
      .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))
      .slice(0, count)
      .map((note) => note.id);
  }, n);
}
