/**
 * Exports of a large board (2,000 notes) through the UI in Chromium. The whole-board PNG, drawn
 * in the page, shows a percentage that rises while the page keeps painting (frames arrive between
 * every two progress steps), and downloads at print resolution; a started PNG export can be
 * cancelled with the button or by closing the dialog, after which its work stops and nothing is
 * downloaded; the PDF report of the same board shows a busy state, downloads, and pdftotext finds
 * the notes' texts in it.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { exportTimings, installExportProbe, readExportProbe, shownPercent } from '../bench/exportProbe.js';
import { createHeavyBoard, type HeavyBoard } from '../bench/heavyBoard.js';
import { expect, test } from '../fixtures/test.js';
import type { BoardPage, NoteData } from '../pages/BoardPage.js';

const COUNT = 2000;

// One board for the file: 2,000 notes take a few seconds to create.
test.describe.configure({ mode: 'serial' });
let heavy: HeavyBoard;

test.beforeAll(async ({ server }) => {
  test.setTimeout(120_000);
  heavy = await createHeavyBoard(server.url, COUNT);
});

/** Opens the board as the facilitator with every note loaded, and the export dialog. */
async function openExport(person: () => Promise<BoardPage>): Promise<BoardPage> {
  const anne = await person();
  await anne.open(heavy.board.facilitatorUrl, 'Anne');
  await anne.page.waitForFunction(
    (n) =>
      (window as unknown as { __plg: { notes: { getSnapshot(): { ordered: unknown[] } } } }).__plg.notes.getSnapshot()
        .ordered.length === n,
    COUNT,
    { timeout: 30_000 },
  );
  await anne.page.getByTestId('export-button').click();
  await expect(anne.page.getByTestId('export-dialog')).toBeVisible();
  return anne;
}

/** Width and height from a PNG file's IHDR chunk, after checking the signature (first 24 bytes only). */
function pngSize(path: string): { width: number; height: number } {
  const head = Buffer.alloc(24);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  expect(head.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(head.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The board's extent in board units (zones and notes), from the page's copy of the document. */
async function boardExtent(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const plg = (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } })
      .__plg;
    const boxes = ['zones', 'notes'].flatMap(
      (name) =>
        Object.values(plg.doc.getMap(name).toJSON()) as { x: number; y: number; width: number; height: number }[],
    );
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    return { width: x1 - x0, height: y1 - y0 };
  });
}

/** Waits until the export shows a percentage of at least `min`. */
async function expectPercentAtLeast(page: Page, min: number): Promise<void> {
  await expect.poll(() => shownPercent(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(min);
}

test('the whole-board PNG shows rising progress, keeps the page painting and downloads at print size', async ({
  person,
}) => {
  test.setTimeout(300_000);
  const { page } = await openExport(person);
  await installExportProbe(page);
  const download = page.waitForEvent('download', { timeout: 240_000 });
  await page.getByTestId('export-png').click();
  const status = page.getByTestId('export-status');
  await expect(status).toHaveAttribute('data-state', 'busy');
  await expect(page.getByTestId('export-cancel')).toBeVisible();
  await expect(page.getByTestId('export-progress-bar')).toBeVisible();

  // The percentage shown, sampled as it runs: it rises step by step, never falls.
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const percent = await shownPercent(page);
        if (percent !== null && percent !== seen.at(-1)) seen.push(percent);
        return seen.length;
      },
      { timeout: 120_000, intervals: [100, 250] },
    )
    .toBeGreaterThanOrEqual(4);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBeGreaterThan(seen[0] as number);

  const file: Download = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(file.suggestedFilename()).toMatch(/^Benchmark 2000 briefjes \d{4}-\d{2}-\d{2}\.png$/);
  await expect(status).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('export-png')).toBeEnabled();

  // The page kept painting: frames were drawn between every two percentages it showed.
  const probe = await readExportProbe(page);
  expect(probe.steps.length).toBeGreaterThanOrEqual(20);
  expect(probe.steps.at(-1)?.percent).toBeGreaterThanOrEqual(95);
  const frozen = probe.steps.filter((step, i) => i > 0 && step.frames <= (probe.steps[i - 1] as typeof step).frames);
  expect(frozen, 'progress steps with no frame painted since the previous step').toEqual([]);
  const percents = probe.steps.map((s) => s.percent);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));

  // Print resolution: at least 2× the board's extent (and the title band on top).
  const size = pngSize(path);
  const extent = await boardExtent(page);
  expect(size.width).toBeGreaterThanOrEqual(extent.width * 2);
  expect(size.height).toBeGreaterThanOrEqual(extent.height * 2);
  const timings = await exportTimings(page);
  expect(timings).toEqual([expect.objectContaining({ format: 'png', outcome: 'done' })]);
  // Figures for the report, not assertions: how long it took and the longest wait for a frame.
  test.info().annotations.push({
    type: 'figures',
    description: `${size.width}×${size.height} px in ${((timings[0]?.duration ?? 0) / 1000).toFixed(1)} s; ${probe.frames} frames, longest gap ${Math.round(probe.longestGap)} ms, ${probe.steps.length} progress steps`,
  });
  console.log(test.info().annotations.at(-1)?.description);
});

test('a started PNG export can be cancelled, with the button or by closing the dialog; nothing downloads', async ({
  person,
}) => {
  test.setTimeout(120_000);
  const { page } = await openExport(person);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  const status = page.getByTestId('export-status');

  await page.getByTestId('export-png').click();
  await expectPercentAtLeast(page, 1);
  await page.getByTestId('export-cancel').click();
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('export-progress')).toBeHidden();
  await expect(page.getByTestId('export-png')).toBeEnabled();
  // The drawing itself stopped (the export's run ended as cancelled), not just the status line.
  await expect
    .poll(() => exportTimings(page))
    .toEqual([expect.objectContaining({ format: 'png', outcome: 'cancelled' })]);

  // Closing the dialog mid-export cancels it too.
  await page.getByTestId('export-png').click();
  await expectPercentAtLeast(page, 1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();
  await expect.poll(async () => (await exportTimings(page)).map((t) => t.outcome)).toEqual(['cancelled', 'cancelled']);

  // Both runs have ended without saving a file, so none can arrive later.
  expect(downloads).toEqual([]);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'idle');
});

test('the PDF report of the same board shows a busy state, downloads, and holds the notes', async ({ person }) => {
  test.setTimeout(180_000);
  const anne = await openExport(person);
  const { page } = anne;
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-pdf').click();
  // The server makes the whole file before answering: until then, a busy state with text and a cancel.
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'busy');
  await expect(page.getByTestId('export-status')).toContainText('PDF wordt gemaakt');
  await expect(page.getByTestId('export-cancel')).toBeVisible();
  const file = await download;
  const path = test.info().outputPath('report.pdf');
  await file.saveAs(path);
  expect(file.suggestedFilename()).toMatch(/^Benchmark 2000 briefjes \d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'done');

  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(text.status).toBe(0);
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const body = flat(text.stdout);
  expect(body).toContain('Benchmark 2000 briefjes');
  // A spread sample of the notes: every 97th, so all parts of the board are represented.
  const notes: NoteData[] = (await anne.notes()).sort((a, b) => a.y - b.y || a.x - b.x);
  const sample = notes.filter((_, i) => i % 97 === 0).map((n) => flat(n.text));
  expect(sample.length).toBeGreaterThanOrEqual(20);
  expect(sample.filter((t) => !body.includes(t))).toEqual([]);
});
