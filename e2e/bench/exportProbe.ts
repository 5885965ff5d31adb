/**
 * Watching an export from inside the page, for the large-board e2e test and the benchmark:
 * a requestAnimationFrame counter (the page is painting), a log of each percentage the export's
 * progress shows with the frame count at that moment, and the `plg-export` User Timing entries
 * the client records when an export ends (format, outcome, duration).
 */
import type { Page } from '@playwright/test';

export interface ProgressStep {
  percent: number;
  /** Frames painted since the probe was installed, when this percentage appeared. */
  frames: number;
}

export interface ExportTiming {
  format: string;
  outcome: 'done' | 'cancelled' | 'failed';
  /** Start of the export to its end, ms. */
  duration: number;
}

export interface ProbeReading {
  /** Frames painted since the probe was installed. */
  frames: number;
  /** The longest time between two of those frames, ms (a figure to print, not to assert). */
  longestGap: number;
  steps: ProgressStep[];
}

interface ProbeWindow {
  __exportProbe?: ProbeReading;
}

/** Starts counting frames and logging progress steps (again from zero when called again). */
export async function installExportProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow & { __exportProbeStop?: () => void };
    w.__exportProbeStop?.();
    const probe = { frames: 0, longestGap: 0, steps: [] as ProgressStep[] };
    w.__exportProbe = probe;
    let running = true;
    let last = Number.NaN;
    const tick = (at: number) => {
      if (!running) return;
      probe.frames++;
      if (at - last > probe.longestGap) probe.longestGap = at - last;
      last = at;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const log = () => {
      const el = document.querySelector('[data-testid="export-progress"]');
      if (!el) return;
      const percent = Number(el.getAttribute('data-percent'));
      if (probe.steps.at(-1)?.percent !== percent) probe.steps.push({ percent, frames: probe.frames });
    };
    const observer = new MutationObserver(log);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-percent'],
    });
    w.__exportProbeStop = () => {
      running = false;
      observer.disconnect();
    };
  });
}

export async function readExportProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__exportProbe;
    if (!probe) throw new Error('export probe not installed');
    return { ...probe, steps: [...probe.steps] };
  });
}

/** The percentage the export's progress shows now; null when it shows none. */
export async function shownPercent(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const value = document.querySelector('[data-testid="export-progress"]')?.getAttribute('data-percent');
    return value == null ? null : Number(value);
  });
}

/** Every export that has ended in this page, oldest first. */
export async function exportTimings(page: Page): Promise<ExportTiming[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('plg-export', 'measure').map((entry) => {
      const detail = (entry as PerformanceMeasure).detail as { format: string; outcome: ExportTiming['outcome'] };
      return { format: detail.format, outcome: detail.outcome, duration: entry.duration };
    }),
  );
}
