/**
 * Numbers: latency percentiles, a process's CPU time (user+sys from /proc/<pid>/stat) and peak
 * resident memory (VmHWM from /proc/<pid>/status), and a monotonic clock shared by all threads.
 */
import { readFileSync } from 'node:fs';

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const EMPTY_SUMMARY: Summary = { n: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN };

/** Nearest-rank percentiles of `samples` (sorted in place). */
export function summarize(samples: number[] | Float64Array): Summary {
  const n = samples.length;
  if (n === 0) return EMPTY_SUMMARY;
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))] as number;
  return { n, p50: at(50), p95: at(95), p99: at(99), max: sorted[n - 1] as number };
}

/** Milliseconds since `epochNs` on the monotonic clock (same clock in every worker thread). */
export function sinceEpoch(epochNs: bigint): number {
  return Number(process.hrtime.bigint() - epochNs) / 1e6;
}

const TICKS_PER_SECOND = 100; // USER_HZ; 100 on every Linux build we know of (getconf CLK_TCK)

/** CPU seconds (user + system) a process has used so far; NaN if it is gone or not Linux. */
export function cpuSeconds(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the whole machine spent busy so far (all cores, /proc/stat); NaN if unavailable. */
export function machineBusySeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    // user nice system idle iowait irq softirq steal
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Peak resident set size in MB (VmHWM); NaN if unavailable. */
export function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's CPU time over a window. */
export class CpuWindow {
  private startCpu = Number.NaN;
  private startAt = 0;
  cpu = Number.NaN;
  seconds = 0;

  constructor(private readonly pid: number | 'self' | 'machine') {}

  private read(): number {
    return this.pid === 'machine' ? machineBusySeconds() : cpuSeconds(this.pid);
  }

  begin(): void {
    this.startCpu = this.read();
    this.startAt = performance.now();
  }

  end(): void {
    this.cpu = this.read() - this.startCpu;
    this.seconds = (performance.now() - this.startAt) / 1000;
  }

  /** Share of one core used in the window, in percent. */
  get percent(): number {
    return (this.cpu / this.seconds) * 100;
  }
}
