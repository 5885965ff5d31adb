/**
 * What Chromium really downloads to open a board, as a check on bundleSize.ts's static figures:
 * every script under /assets/ whose request started between navigation and the board's first
 * render (every note in view drawn; frameTimes.ts), by the page's own resource timing, so what
 * starts loading right after that paint is not counted by the luck of a poll, in a fresh browser context, for a participant and for the facilitator (whose
 * "Regie" panel opens with the board), in Dutch and in English. Each file counts at its gzip size
 * from the bundle report (the server sends files uncompressed; a proxy would gzip them).
 */
import type { Browser } from '@playwright/test';
import { type CreateBoardResponse, newSecret } from '@plg/shared';
import { newContext } from '../fixtures/test.js';
import { BOARD_BUDGET_KB, type BundleReport, kb } from './bundleSize.js';
import { firstRender, injectSampler } from './frameTimes.js';

export interface PageScripts {
  who: 'participant' | 'facilitator';
  lang: 'nl' | 'en';
  files: string[];
  gzip: number;
}

const SCRIPT = /\/assets\/([\w.-]+\.js)$/;

export async function boardPageScripts(
  browser: Browser,
  baseUrl: string,
  board: CreateBoardResponse,
  report: BundleReport,
): Promise<PageScripts[]> {
  const gzip = new Map(report.chunks.map((c) => [c.file, c.gzip]));
  const out: PageScripts[] = [];
  for (const who of ['participant', 'facilitator'] as const) {
    for (const lang of ['nl', 'en'] as const) {
      const context = await newContext(browser, baseUrl);
      await context.addInitScript(
        ([l, identity]) => {
          localStorage.setItem('plg-board:lang', l);
          localStorage.setItem('plg-board:identity', identity);
          performance.setResourceTimingBufferSize(1000);
        },
        [lang, JSON.stringify({ secret: newSecret(), name: 'Bench' })] as const,
      );
      const page = await context.newPage();
      await injectSampler(page);
      await page.goto(who === 'facilitator' ? board.facilitatorUrl : board.url);
      await firstRender(page);
      // A request shows in the resource timing once answered: let those started in time finish.
      await page.waitForTimeout(500);
      const files = await page.evaluate((pattern) => {
        const rendered = (window as unknown as { __bench: { rendered: number } }).__bench.rendered;
        const script = new RegExp(pattern);
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= rendered)
          .flatMap((e) => script.exec(new URL(e.name).pathname)?.[1] ?? []);
      }, SCRIPT.source);
      await context.close();
      const list = [...new Set(files)];
      out.push({ who, lang, files: list, gzip: list.reduce((n, f) => n + (gzip.get(f) ?? 0), 0) });
    }
  }
  return out;
}

export function printPageScripts(pages: PageScripts[], report: BundleReport): void {
  const board = new Set(report.board?.files);
  console.log(`\nJS Chromium fetched to open a board, until its first render (budget ${BOARD_BUDGET_KB} kB gzip):`);
  for (const p of pages) {
    const extra = p.files.filter((f) => !board.has(f));
    const label = `${p.who}, ${p.lang === 'nl' ? 'Dutch' : 'English'}`;
    const beyond = extra.length ? `; beyond the static board page: ${extra.join(', ')}` : '';
    console.log(`  ${label.padEnd(22)} ${kb(p.gzip).padStart(10)} gzip in ${p.files.length} files${beyond}`);
  }
}
