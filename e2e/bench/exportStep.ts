/**
 * The benchmark's export step: the facilitator exports the whole-board PNG (drawn in the page)
 * and the PDF report (made by the server) through the export dialog, while the frame sampler runs.
 * Figures only: the export's own time (the client's `plg-export` User Timing entry, click to
 * download) and the frame intervals meanwhile, whose maximum is the longest the page went
 * without painting.
 */
import type { Page } from '@playwright/test';
import { exportTimings } from './exportProbe.js';
import { type FrameStats, sampleFrames } from './frameTimes.js';

export const BENCH_EXPORTS = ['png', 'pdf'] as const;
export type BenchExport = (typeof BENCH_EXPORTS)[number];

export interface ExportFigures {
  /** Click to download, ms. */
  ms: number;
  /** Frame intervals during the export; `max` is the longest gap. */
  frames: FrameStats;
}

/** Longest a single export may take here (a 5,000-note PNG on a slow, busy machine). */
const EXPORT_TIMEOUT = 900_000;

async function exportOnce(page: Page, format: BenchExport): Promise<ExportFigures> {
  const before = (await exportTimings(page)).length;
  const frames = await sampleFrames(page, async () => {
    const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT });
    await page.getByTestId(`export-${format}`).click();
    const file = await download;
    await file.path();
    await file.delete();
  });
  const timings = await exportTimings(page);
  const run = timings[before];
  if (timings.length !== before + 1 || run?.outcome !== 'done')
    throw new Error(`export ${format}: ${JSON.stringify(run)}`);
  return { ms: run.duration, frames };
}

/** Opens the export dialog, runs each export once, and closes the dialog. */
export async function benchExports(page: Page): Promise<Record<BenchExport, ExportFigures>> {
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-dialog').waitFor();
  const png = await exportOnce(page, 'png');
  const pdf = await exportOnce(page, 'pdf');
  await page.getByTestId('export-dialog').locator('.dialog-header button').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
  return { png, pdf };
}
