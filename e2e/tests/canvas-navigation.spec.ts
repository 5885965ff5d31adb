/**
 * Canvas navigation in the real app (issue item 5): zoom by keys, Ctrl+wheel and the zoom
 * controls; panning by space+drag and background drag; two-finger touch pinch and pan. The
 * camera is read from `window.__plg.ui` and the zoom label; no gesture may move a note.
 * (Shortcuts that edit notes are in shortcuts-and-gestures.spec.ts.)
 */
import { expect, test } from '../fixtures/test.js';
import { BoardPage, type NoteData } from '../pages/BoardPage.js';
import {
  boardAt,
  contentBounds,
  ctrlWheel,
  mouseDrag,
  settledViewport,
  TwoFingers,
  uiState,
  viewport,
  zoomLabel,
} from '../pages/Gestures.js';

const positions = (notes: NoteData[]) => notes.map((n) => `${n.id}@${n.x},${n.y},${n.width}x${n.height}`).sort();

test('zoom: + and - step the zoom percentage, Ctrl+wheel zooms about the pointer, zoom to fit fits', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const anne = await person();
  await anne.open(board.url, 'Anne');
  const { page } = anne;
  const shown = async () => ({ label: await zoomLabel(page), zoom: Math.round((await viewport(page)).zoom * 100) });

  await anne.canvas().focus();
  const z0 = await zoomLabel(page);
  expect(z0).toBe((await shown()).zoom);
  await page.keyboard.press('+');
  await expect.poll(() => zoomLabel(page)).toBeGreaterThan(z0);
  const z1 = await zoomLabel(page);
  expect((await shown()).zoom).toBe(z1);
  await page.keyboard.press('-');
  await expect.poll(() => zoomLabel(page)).toBeLessThan(z1);
  expect((await shown()).zoom).toBe(await zoomLabel(page));

  // Ctrl+wheel (a trackpad pinch): zooms in, and the board point under the pointer stays there.
  const box = (await anne.canvas().boundingBox())!;
  const at = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35 };
  const anchor = await boardAt(anne, at);
  const vp0 = await viewport(page);
  await ctrlWheel(page, at, -60);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(vp0.zoom * 1.5);
  const vp1 = await settledViewport(page);
  expect(Math.abs(box.x + vp1.x + anchor.x * vp1.zoom - at.x)).toBeLessThan(3);
  expect(Math.abs(box.y + vp1.y + anchor.y * vp1.zoom - at.y)).toBeLessThan(3);
  expect((await shown()).label).toBe(Math.round(vp1.zoom * 100));

  // Zoomed in, the board no longer fits; "zoom to fit" shows all of it, centred, with a margin.
  const content = await contentBounds(page);
  const { stage } = await uiState(page);
  const onScreen = (vp: typeof vp1) => ({
    left: content.x * vp.zoom + vp.x,
    top: content.y * vp.zoom + vp.y,
    right: (content.x + content.width) * vp.zoom + vp.x,
    bottom: (content.y + content.height) * vp.zoom + vp.y,
  });
  const zoomed = onScreen(vp1);
  expect(zoomed.left < 0 || zoomed.right > stage.width || zoomed.top < 0 || zoomed.bottom > stage.height).toBe(true);
  await page.getByTestId('action-zoomToFit').click();
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(vp1.zoom);
  const fit = onScreen(await settledViewport(page));
  for (const edge of [fit.left, fit.top, stage.width - fit.right, stage.height - fit.bottom])
    expect(edge).toBeGreaterThanOrEqual(47);
  expect(Math.min(fit.left, fit.top)).toBeLessThan(49);
  expect(Math.abs((fit.left + fit.right) / 2 - stage.width / 2)).toBeLessThan(1);
  expect(Math.abs((fit.top + fit.bottom) / 2 - stage.height / 2)).toBeLessThan(1);
  expect((await shown()).label).toBe((await shown()).zoom);
});

test('pan: space+drag (even starting on a note) and a drag on the empty background move the camera, no note', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const { page } = anne;
  const note = await anne.addNote('Blijf staan', { x: 700, y: 500 });
  await bram.expectNotes((n) => n.length === 1, 'note at Bram');
  const notesBefore = positions(await anne.notes());

  // Space held: a drag that starts on the note pans by exactly the drag distance.
  const c = await anne.noteCenter(note.id);
  await anne.canvas().focus();
  const vp0 = await viewport(page);
  await page.keyboard.down('Space');
  await mouseDrag(page, c, { x: c.x + 150, y: c.y + 90 });
  await page.keyboard.up('Space');
  const panned = await settledViewport(page);
  expect(panned.x - vp0.x).toBeCloseTo(150, 1);
  expect(panned.y - vp0.y).toBeCloseTo(90, 1);
  expect(panned.zoom).toBe(vp0.zoom);

  // The same right after clicking a zoom button, which keeps the focus (it used to ignore Space
  // there, and the drag moved the note for everyone instead).
  await page.getByTestId('action-zoomIn').click();
  await expect(page.getByTestId('action-zoomIn')).toBeFocused();
  const zoomed = await settledViewport(page);
  const c2 = await anne.noteCenter(note.id);
  await page.keyboard.down('Space');
  await mouseDrag(page, c2, { x: c2.x - 100, y: c2.y + 40 });
  await page.keyboard.up('Space');
  const vp1 = await settledViewport(page);
  expect(vp1.x - zoomed.x).toBeCloseTo(-100, 1);
  expect(vp1.y - zoomed.y).toBeCloseTo(40, 1);
  expect(positions(await anne.notes())).toEqual(notesBefore);

  // A plain drag on empty background pans too.
  const box = (await anne.canvas().boundingBox())!;
  const from = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.65 };
  const under = await boardAt(anne, from);
  const hit = (await anne.notes()).some(
    (n) => under.x >= n.x && under.x < n.x + n.width && under.y >= n.y && under.y < n.y + n.height,
  );
  expect(hit).toBe(false);
  await mouseDrag(page, from, { x: from.x - 200, y: from.y - 120 });
  const vp2 = await settledViewport(page);
  expect(vp2.x - vp1.x).toBeCloseTo(-200, 1);
  expect(vp2.y - vp1.y).toBeCloseTo(-120, 1);

  // No note moved, here or at Bram's.
  expect(positions(await anne.notes())).toEqual(notesBefore);
  expect(positions(await bram.notes())).toEqual(notesBefore);
});

test('touch: a two-finger pinch zooms about the fingers, a two-finger drag pans', async ({
  browser,
  server,
  createBoard,
}) => {
  const board = await createBoard();
  const touch = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    hasTouch: true,
  });
  try {
    const anne = new BoardPage(await touch.newPage(), server.url);
    await anne.open(board.url, 'Anne');
    const { page } = anne;
    const box = (await anne.canvas().boundingBox())!;
    const mid = { x: box.x + box.width * 0.45, y: box.y + box.height * 0.45 };
    const anchor = await boardAt(anne, mid);
    const vp0 = await viewport(page);

    // Fingers 120 px apart spread to 240 px about the same midpoint: twice the zoom.
    const pinch = await TwoFingers.down(page, { x: mid.x - 60, y: mid.y }, { x: mid.x + 60, y: mid.y });
    await pinch.move({ x: mid.x - 120, y: mid.y }, { x: mid.x + 120, y: mid.y });
    await pinch.up();
    await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(vp0.zoom * 2, 3);
    const vp1 = await settledViewport(page);
    expect(Math.abs(box.x + vp1.x + anchor.x * vp1.zoom - mid.x)).toBeLessThan(3);
    expect(Math.abs(box.y + vp1.y + anchor.y * vp1.zoom - mid.y)).toBeLessThan(3);
    await expect.poll(() => zoomLabel(page)).toBe(Math.round(vp1.zoom * 100));

    // Both fingers move together: the camera follows them, the zoom stays.
    const drag = await TwoFingers.down(page, { x: mid.x - 60, y: mid.y }, { x: mid.x + 60, y: mid.y });
    await drag.move({ x: mid.x + 70, y: mid.y - 70 }, { x: mid.x + 190, y: mid.y - 70 });
    await drag.up();
    await expect.poll(async () => (await viewport(page)).x).toBeCloseTo(vp1.x + 130, 1);
    const vp2 = await settledViewport(page);
    expect(vp2.y - vp1.y).toBeCloseTo(-70, 1);
    expect(vp2.zoom).toBeCloseTo(vp1.zoom, 6);
  } finally {
    await touch.close();
  }
});
