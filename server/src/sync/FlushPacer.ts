/**
 * How often the RoomManager flushes (persists and relays everything queued since the last
 * flush). A server with time to spare relays at once. A busy one paces: after a flush the next
 * one waits FLUSH_SHARE times as long as that flush took, so relaying takes at most
 * 1/(1+FLUSH_SHARE) of the time however many rooms and connections there are (half: the rest is
 * for reading what comes in): a big or busy server flushes in larger batches (fewer, bigger
 * frames) instead of falling behind. Never more than MAX_GAP_MS apart.
 *
 * "Busy" is the event loop's utilization over the last LOAD_WINDOW_MS, not the length of one
 * flush: in a quiet 30-client room a flush that persists a move takes 0.5–1.5 ms, and pacing
 * after it held the cursors that came in meanwhile for 1–3 ms more (timers keep whole
 * milliseconds). Gated on utilization, in back-to-back runs a 30-client room's p99 went from
 * 4.1–6.0 to 3.8–4.7 ms (four each) and a 200-client room's from 15.3 and 16.7 to 9.6 and 10.0
 * ms (two full runs later: 15.6 and 19.4, the spread of the machine); at 1,000 clients the loop
 * is busy and paced as before. A wait shorter than TIMER_RESOLUTION_MS is no wait either: the
 * next turn of the event loop already gathers what came in.
 *
 * Measured (BENCHMARKS.md, one 2-core machine): a share of 2 with a 2 ms minimum gap gave a
 * 200-client room p99 12 ms and a knee of 800 clients; a share of 1 without a minimum 10 ms and
 * 1,000; a share of 0.5 spent 90 % of the core at 500 clients for little gain.
 */
export const MIN_GAP_MS = 0;
export const MAX_GAP_MS = 100;
/** The shortest wait a timer can keep. */
export const TIMER_RESOLUTION_MS = 1;
/** Below this share of busy time the server relays at once. */
export const BUSY_UTILIZATION = 0.5;
/** How far back "busy" looks. */
export const LOAD_WINDOW_MS = 100;
const FLUSH_SHARE = 1;

/**
 * The share (0–1) of the last completed window of `windowMs` in which the event loop was busy,
 * from Node's event loop utilization (libuv's idle time; one call is a few hundred nanoseconds).
 */
export function loopUtilization(windowMs = LOAD_WINDOW_MS): () => number {
  let mark = performance.eventLoopUtilization();
  let markAt = performance.now();
  let last = 0;
  return () => {
    const now = performance.now();
    if (now - markAt >= windowMs) {
      const current = performance.eventLoopUtilization();
      last = performance.eventLoopUtilization(current, mark).utilization;
      mark = current;
      markAt = now;
    }
    return last;
  };
}

export class FlushPacer {
  private lastStart = Number.NEGATIVE_INFINITY;
  private gapMs = MIN_GAP_MS;

  constructor(
    private readonly clock: () => number = () => performance.now(),
    private readonly utilization: () => number = loopUtilization(),
  ) {}

  /** Milliseconds to wait before the next flush may start (0: on the next turn of the event loop). */
  delay(): number {
    const wait = this.gapMs - (this.clock() - this.lastStart);
    if (wait < TIMER_RESOLUTION_MS) return 0;
    return this.utilization() < BUSY_UTILIZATION ? 0 : wait;
  }

  /** Times one flush: marks its start, and sets the next gap from how long it took. */
  async time<T>(flush: () => Promise<T>): Promise<T> {
    const started = this.clock();
    this.lastStart = started;
    try {
      return await flush();
    } finally {
      const took = this.clock() - started;
      this.gapMs = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, took * (1 + FLUSH_SHARE)));
    }
  }
}
