/**
 * The one results table: a row per scenario × server, then ratio rows ours/reference for each
 * reference (below 1 = ours lower = better for every column shown as a ratio).
 */
import type { Row } from './scenarios.js';
import { TARGET_LABEL, type TargetName } from './targets/target.js';

interface Column {
  head: string;
  width: number;
  value(r: Row): number | string;
  /** Shown as ours/reference in ratio rows. */
  ratio?: boolean;
  digits?: number;
}

const COLUMNS: Column[] = [
  { head: 'scenario', width: 11, value: (r) => r.scenario },
  { head: 'server', width: 18, value: (r) => TARGET_LABEL[r.target] },
  { head: 'clients', width: 7, value: (r) => r.clients },
  { head: 'p50 ms', width: 8, value: (r) => r.latency.p50, ratio: true, digits: 1 },
  { head: 'p95 ms', width: 8, value: (r) => r.latency.p95, ratio: true, digits: 1 },
  { head: 'p99 ms', width: 8, value: (r) => r.latency.p99, ratio: true, digits: 1 },
  { head: 'max ms', width: 8, value: (r) => r.latency.max, ratio: true, digits: 1 },
  { head: 'mv p99', width: 7, value: (r) => r.moveP99, ratio: true, digits: 1 },
  { head: 'cur p99', width: 7, value: (r) => r.cursorP99, ratio: true, digits: 1 },
  { head: 'drops', width: 5, value: (r) => r.drops },
  { head: 'closed', width: 6, value: (r) => r.closes },
  { head: 'seen%', width: 6, value: (r) => r.movesSeenPct, digits: 1 },
  { head: 'in/s', width: 7, value: (r) => r.inPerS, digits: 0 },
  { head: 'out/s', width: 8, value: (r) => r.outPerS, digits: 0 },
  { head: 'CPU%', width: 6, value: (r) => r.cpuPct, ratio: true, digits: 1 },
  { head: 'CPU µs', width: 8, value: (r) => r.cpuUs, ratio: true, digits: 1 },
  { head: 'RSS MB', width: 7, value: (r) => r.rssMb, ratio: true, digits: 0 },
  { head: 'KB/cl/s', width: 8, value: (r) => r.kbPerClientS, ratio: true, digits: 2 },
  { head: 'gen%', width: 5, value: (r) => r.genPct, digits: 0 },
  { head: 'lag99', width: 5, value: (r) => r.genLagP99, digits: 0 },
  { head: 'other%', width: 6, value: (r) => r.otherPct, digits: 0 },
];

function cell(v: number | string, digits = 0): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '–';
  return v.toFixed(digits);
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const pad = (s: string, c: Column, i: number) => (i < 2 ? s.padEnd(c.width) : s.padStart(c.width));

/** The table as Markdown-compatible text. */
export function renderTable(rows: readonly Row[]): string {
  const out: string[] = [];
  out.push(line(COLUMNS.map((c, i) => pad(c.head, c, i))));
  out.push(line(COLUMNS.map((c, i) => (i < 2 ? '-'.repeat(c.width) : `${'-'.repeat(c.width - 1)}:`))));
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  for (const scenario of scenarios) {
    const group = rows.filter((r) => r.scenario === scenario);
    for (const r of group) out.push(line(COLUMNS.map((c, i) => pad(cell(c.value(r), c.digits), c, i))));
    const ours = group.find((r) => r.target === 'ours');
    if (!ours) continue;
    for (const ref of group.filter((r) => r.target !== 'ours')) out.push(ratioLine(scenario, ours, ref));
  }
  return out.join('\n');
}

function ratioLine(scenario: string, ours: Row, ref: Row): string {
  return line(
    COLUMNS.map((c, i) => {
      if (i === 0) return pad(scenario, c, i);
      if (i === 1) return pad(`ours/${short(ref.target)}`, c, i);
      if (!c.ratio) return pad('', c, i);
      const a = c.value(ours) as number;
      const b = c.value(ref) as number;
      return pad(Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–', c, i);
    }),
  );
}

const short = (t: TargetName) => (t === 'yws' ? 'y-ws' : t === 'hocuspocus' ? 'hocus' : t);

/** Notes rows carry (storm and cold-load details). */
export function renderNotes(rows: readonly Row[]): string {
  return rows
    .filter((r) => r.note)
    .map((r) => `- ${r.scenario} / ${TARGET_LABEL[r.target]}: ${r.note}`)
    .join('\n');
}
