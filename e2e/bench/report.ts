/**
 * The benchmark's table: one row per board size, frame times as p50/p95 in ms, the exports' time
 * and the longest gap between frames meanwhile, printed as Markdown (ready for BENCHMARKS.md) and
 * saved as JSON under bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleReport } from './bundleSize.js';
import { BENCH_EXPORTS, type BenchExport, type ExportFigures } from './exportStep.js';
import type { FrameStats } from './frameTimes.js';

export const GESTURES = ['panFit', 'pan100', 'zoom', 'drag', 'remote'] as const;
export type Gesture = (typeof GESTURES)[number];

export interface Row {
  notes: number;
  /** Navigation start → provider synced, ms. */
  synced: number;
  /** Synced → first frame with the notes drawn, ms. */
  firstRender: number;
  frames: Record<Gesture, FrameStats>;
  /** JS heap after a forced GC, MB. */
  heapMb: number;
  /** The PNG and PDF exports through the dialog, on the boards where they are timed. */
  exports?: Record<BenchExport, ExportFigures>;
}

const HEADINGS: Record<Gesture, string> = {
  panFit: 'pan, all in view',
  pan100: 'pan at 100 %',
  zoom: 'pinch zoom',
  drag: 'drag a note',
  remote: 'remote moves 30',
};

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/** "12.3 s / 250" for an export: its time and the longest gap between frames meanwhile (ms). */
function exportCell(figures: ExportFigures | undefined): string {
  return figures ? `${(figures.ms / 1000).toFixed(1)} s / ${f(figures.frames.max)}` : '–';
}

export function printTable(rows: Row[]): string {
  const head = [
    'notes',
    'sync ms',
    'first render ms',
    ...GESTURES.map((g) => `${HEADINGS[g]} p50/p95`),
    'heap MB',
    ...BENCH_EXPORTS.map((e) => `export ${e.toUpperCase()} time / longest frame gap ms`),
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${[
          r.notes.toLocaleString('en'),
          f(r.synced),
          f(r.firstRender),
          ...GESTURES.map((g) => `${f(r.frames[g].p50)} / ${f(r.frames[g].p95)}`),
          f(r.heapMb),
          ...BENCH_EXPORTS.map((e) => exportCell(r.exports?.[e])),
        ].join(' | ')} |`,
    ),
  ];
  const dropped = rows.map(
    (r) => `${r.notes}: ${GESTURES.map((g) => `${g} ${(r.frames[g].dropped * 100).toFixed(0)}%`).join(', ')}`,
  );
  const exported = rows.flatMap((r) =>
    r.exports
      ? [
          `${r.notes}: ${BENCH_EXPORTS.map((e) => {
            const x = r.exports?.[e] as ExportFigures;
            return `${e} ${x.frames.frames} frames, p95 ${f(x.frames.p95)} ms, dropped ${(x.frames.dropped * 100).toFixed(0)}%`;
          }).join('; ')}`,
        ]
      : [],
  );
  const text =
    `${lines.join('\n')}\n\nDropped frames (interval > 25 ms):\n${dropped.join('\n')}` +
    (exported.length ? `\n\nFrames during the exports:\n${exported.join('\n')}` : '');
  console.log(`\nClient frame times (ms between frames; 16.7 = every vsync)\n${text}`);
  return text;
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  return `${cpus().length} × ${cpu}; load average ${load}; Node ${process.version}`;
}

export function saveResults(label: string, rows: Row[], bundle: BundleReport | null): string {
  const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `client-${label}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ label, at: new Date().toISOString(), machine: machine(), rows, bundle }, null, 2)}\n`,
  );
  return file;
}
