/**
 * How often the RoomManager flushes (persists and relays everything queued since the last
 * flush). An idle server relays at once. After a flush the next one waits FLUSH_SHARE times as
 * long as that flush took, so relaying takes at most 1/(1+FLUSH_SHARE) of the time however many
 * rooms and connections there are (half: the rest is for reading what comes in): a small room
 * flushes within a millisecond, a big or busy server in larger batches (fewer, bigger frames)
 * instead of falling behind. Never more than MAX_GAP_MS apart.
 *
 * A wait shorter than TIMER_RESOLUTION_MS is no wait: Node's timers fire a millisecond or more
 * later, so a 0.3 ms gap after a 0.3 ms flush held one in twenty presence relays of a quiet room
 * for a millisecond or more; the next turn of the event loop already gathers what came in.
 *
 * Measured (BENCHMARKS.md, one 2-core machine): a share of 2 with a 2 ms minimum gap gave a
 * 200-client room p99 12 ms and a knee of 800 clients; a share of 1 without a minimum 10 ms and
 * 1,000; a share of 0.5 spent 90 % of the core at 500 clients for little gain.
 */
export const MIN_GAP_MS = 0;
export const MAX_GAP_MS = 100;
/** The shortest wait a timer can keep. */
export const TIMER_RESOLUTION_MS = 1;
const FLUSH_SHARE = 1;

export class FlushPacer {
  private lastStart = Number.NEGATIVE_INFINITY;
  private gapMs = MIN_GAP_MS;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Milliseconds to wait before the next flush may start (0: on the next turn of the event loop). */
  delay(): number {
    const wait = this.gapMs - (this.clock() - this.lastStart);
    return wait < TIMER_RESOLUTION_MS ? 0 : wait;
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
