/**
 * How often the RoomManager flushes (persists and relays everything queued since the last
 * flush). An idle server relays at once. After a flush the next one waits at least FLUSH_SHARE
 * times as long as that flush took, so relaying takes at most 1/(1+FLUSH_SHARE) of the time
 * however many rooms and connections there are: a small room flushes every few ms (low
 * latency), a big or busy server in larger batches (fewer, bigger frames) instead of falling
 * behind. Never less than MIN_GAP_MS apart, never more than MAX_GAP_MS.
 */
export const MIN_GAP_MS = 2;
export const MAX_GAP_MS = 100;
const FLUSH_SHARE = 2;

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
