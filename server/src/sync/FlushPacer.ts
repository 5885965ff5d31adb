/**
 * How often the RoomManager flushes (persists and relays everything queued since the last
 * flush). An idle server relays at once. After a flush the next one waits FLUSH_SHARE times as
 * long as that flush took, so relaying takes at most 1/(1+FLUSH_SHARE) of the time however many
 * rooms and connections there are (half: the rest is for reading what comes in): a small room
 * flushes within a millisecond, a big or busy server in larger batches (fewer, bigger frames)
 * instead of falling behind. Never more than MAX_GAP_MS apart.
 *
 * Measured (BENCHMARKS.md, one 2-core machine): a share of 2 with a 2 ms minimum gap gave a
 * 200-client room p99 12 ms and a knee of 800 clients; a share of 1 without a minimum 10 ms and
 * 1,000; a share of 0.5 spent 90 % of the core at 500 clients for little gain.
 */
export const MIN_GAP_MS = 0;
export const MAX_GAP_MS = 100;
const FLUSH_SHARE = 1;

export class FlushPacer {
  private lastStart = Number.NEGATIVE_INFINITY;
  private gapMs = MIN_GAP_MS;

  /** Milliseconds to wait before the next flush may start (≤ 0: now). */
  delay(now = performance.now()): number {
    return this.gapMs - (now - this.lastStart);
  }

  /** Times one flush: marks its start, and sets the next gap from how long it took. */
  async time<T>(flush: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.lastStart = started;
    try {
      return await flush();
    } finally {
      const took = performance.now() - started;
      this.gapMs = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, took * (1 + FLUSH_SHARE)));
    }
  }
}
