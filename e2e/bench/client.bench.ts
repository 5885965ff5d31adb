/**
 * Client benchmark: boards of 200 to 5,000 notes opened in Chromium on the production build
 * served by the real server. Measures the first render after sync, frame times while panning,
 * zooming, dragging and while a remote client moves 30 notes, the JS heap, the bundle, and on the
 * largest boards the PNG and PDF exports (their time and the longest gap between frames meanwhile),
 * and the JavaScript Chromium fetches to open a board (pageScripts.ts).
 * Prints figures only; it never asserts a timing. `pnpm bench:client` / `bench:client:smoke`.
 */
import { newSecret } from '@plg/shared';
import { newContext, test } from '../fixtures/test.js';
import { type BundleReport, bundleReport, printBundle } from './bundleSize.js';
import { benchExports } from './exportStep.js';
import { firstRender, injectSampler, sampleFrames } from './frameTimes.js';
import { dragNote, notesNearCentre, pan, settle, setZoom, zoom, zoomToFit } from './gestures.js';
import { createHeavyBoard } from './heavyBoard.js';
import { boardPageScripts, type PageScripts, printPageScripts } from './pageScripts.js';
import { startRemoteMover } from './remoteMover.js';
import { machine, printTable, type Row, saveResults } from './report.js';

const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = SMOKE ? [200, 1000] : [200, 1000, 2000, 5000];
/** Boards whose PNG and PDF exports are timed (the smoke run: the small board, to stay short). */
const EXPORT_SIZES = SMOKE ? [200] : [2000, 5000];
/** Wall time per gesture. */
const MS = SMOKE ? 800 : 4000;
const LABEL = process.env.BENCH_LABEL ?? (SMOKE ? 'smoke' : 'latest');

const rows: Row[] = [];
let scripts: PageScripts[] = [];

test.describe.configure({ mode: 'serial' });

test('board page JS in Chromium', async ({ browser, server }) => {
  let report: BundleReport;
  try {
    report = bundleReport();
  } catch (error) {
    console.log(`bundle: ${(error as Error).message}`);
    return;
  }
  const heavy = await createHeavyBoard(server.url, 200);
  scripts = await boardPageScripts(browser, server.url, heavy.board, report);
});

for (const count of SIZES) {
  test(`${count} notes`, async ({ browser, server }) => {
    // A 5,000-note PNG is a 700-megapixel image: give the export step room on a slow machine.
    if (EXPORT_SIZES.includes(count)) test.setTimeout(1_800_000);
    const heavy = await createHeavyBoard(server.url, count);
    const context = await newContext(browser, server.url);
    const secret = newSecret();
    await context.addInitScript(
      (value) => {
        localStorage.setItem('plg-board:identity', value);
      },
      JSON.stringify({ secret, name: 'Bench' }),
    );
    const page = await context.newPage();
    await injectSampler(page);
    const cdp = await context.newCDPSession(page);
    await page.goto(heavy.board.facilitatorUrl);
    const times = await firstRender(page);
    await page.waitForFunction(
      (n) =>
        (
          window as unknown as { __plg?: { notes: { getSnapshot(): { ordered: unknown[] } } } }
        ).__plg?.notes.getSnapshot().ordered.length === n,
      count,
      { timeout: 60_000 },
    );
    await settle(page);

    await zoomToFit(page);
    const panFit = await sampleFrames(page, () => pan(page, MS));
    await setZoom(page, 1);
    const pan100 = await sampleFrames(page, () => pan(page, MS));
    await zoomToFit(page);
    const zoomStats = await sampleFrames(page, () => zoom(page, MS));
    await zoomToFit(page);
    const [dragId] = await notesNearCentre(page, 1);
    const drag = await sampleFrames(page, () => dragNote(page, dragId as string, MS));
    await settle(page);
    const moving = await notesNearCentre(page, 31);
    const mover = await startRemoteMover(server.url, heavy.board, moving.slice(1));
    const remote = await sampleFrames(page, () => page.waitForTimeout(MS));
    await mover.stop();

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // Last, so its large images do not weigh on the figures above.
    const exports = EXPORT_SIZES.includes(count) ? await benchExports(page) : undefined;
    rows.push({
      notes: count,
      synced: times.synced,
      firstRender: times.render,
      frames: { panFit, pan100, zoom: zoomStats, drag, remote },
      heapMb: heap.usedSize / 1024 / 1024,
      exports,
    });
    console.log(`${count} notes:`, JSON.stringify(rows.at(-1)));
    await context.close();
  });
}

test('report', async ({ browser }) => {
  console.log(`\nMachine: ${machine()}; Chromium ${browser.version()} headless, software rendering`);
  printTable(rows);
  let bundle = null;
  try {
    bundle = { ...bundleReport(), chromium: scripts };
    printBundle(bundle);
    printPageScripts(scripts, bundle);
  } catch (error) {
    console.log(`bundle: ${(error as Error).message}`);
  }
  console.log(`saved ${saveResults(LABEL, rows, bundle)}`);
});
