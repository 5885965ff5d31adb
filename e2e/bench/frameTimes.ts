/**
 * Frame-time sampling in the page: a requestAnimationFrame loop injected before the app loads
 * records the interval between frames while a gesture runs; the Node side reads the intervals
 * back and reduces them to percentiles. Also times the first render after sync.
 */
import type { Page } from '@playwright/test';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of intervals longer than 1.5 vsyncs (a frame missed). */
  dropped: number;
}

interface BenchWindow {
  __bench: { start(): void; stop(): number[]; synced: number; rendered: number };
  __plg?: {
    provider?: { synced: boolean };
    notes?: { getSnapshot(): { ordered: unknown[] } };
    ui?: { getState(): { fitted?: boolean } };
    canvas?: CanvasProbe;
  };
  Konva?: { stages: { getLayers(): { getChildren(): unknown[] }[] }[] };
}

/** What the canvas reports about itself; absent on older builds. */
interface CanvasProbe {
  /** Tiles of the view on screen still to paint, counted when asked; 0: every note in view drawn. */
  pending(): number;
  drawn(): number;
  stats: { draws: number };
}

/** Installed with page.addInitScript: runs before the app in every document. */
function installSampler(): void {
  const w = window as unknown as BenchWindow;
  let times: number[] = [];
  let running = false;
  const loop = (t: number) => {
    if (!running) return;
    times.push(t);
    requestAnimationFrame(loop);
  };
  // First render after sync: from the arrival of the message that completed the sync (the last
  // one received before the provider said synced) to the first frame after a draw that left the
  // canvas with nothing in view to paint, counted when looked at (a draw made before the sync, or
  // before the camera was fitted to the board, or one that has not caught up with the notes or the
  // camera, does not count). The check runs in a frame callback before the canvas's own, so the
  // time is the start of the frame after the draw that completed the view: that frame has been
  // handed to the screen.
  const state = { synced: 0, rendered: 0 };
  let lastMessage = 0;
  let drawsBefore = 0;
  let drawsAtSync = 0;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      // Registered before y-websocket sets onmessage, so it runs first for every message.
      this.addEventListener('message', () => {
        if (w.__plg?.provider?.synced) return;
        lastMessage = performance.now();
        drawsBefore = w.__plg?.canvas?.stats.draws ?? 0;
      });
    }
  };
  const watch = () => {
    const plg = w.__plg;
    if (!state.synced && plg?.provider?.synced) {
      state.synced = lastMessage || performance.now();
      drawsAtSync = drawsBefore;
    }
    if (state.synced && !state.rendered && (plg?.notes?.getSnapshot().ordered.length ?? 0) > 0) {
      const probe = plg?.canvas;
      const drawn = probe
        ? probe.stats.draws > drawsAtSync && plg?.ui?.getState().fitted !== false && probe.pending() === 0
        : (w.Konva?.stages[0]?.getLayers()[1]?.getChildren().length ?? 0) > 0;
      if (drawn) {
        state.rendered = performance.now();
        return;
      }
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  w.__bench = {
    start() {
      times = [];
      running = true;
      requestAnimationFrame(loop);
    },
    stop() {
      running = false;
      const deltas: number[] = [];
      for (let i = 1; i < times.length; i++) deltas.push((times[i] as number) - (times[i - 1] as number));
      return deltas;
    },
    get synced() {
      return state.synced;
    },
    get rendered() {
      return state.rendered;
    },
  };
}

export async function injectSampler(page: Page): Promise<void> {
  await page.addInitScript(installSampler);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const vsync = 1000 / 60;
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    dropped: sorted.length ? sorted.filter((d) => d > vsync * 1.5).length / sorted.length : 0,
  };
}

/** Runs `gesture` while sampling frames; returns the stats. */
export async function sampleFrames(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.start());
  await gesture();
  const deltas = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
  return frameStats(deltas);
}

/** Navigation start → sync message, and sync message → first frame with every note in view drawn, in ms. */
export async function firstRender(page: Page): Promise<{ synced: number; render: number }> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.rendered > 0, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  return page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    return { synced: b.synced, render: b.rendered - b.synced };
  });
}
