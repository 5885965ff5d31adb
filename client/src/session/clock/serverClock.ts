/**
 * The server's clock as seen from here, so every screen shows the same countdown: NTP-style,
 * each sample takes the server time as read halfway through the round trip, and the sample
 * with the shortest round trip wins (the least uncertain).
 */

export interface ClockSample {
  /** Local time when the request left. */
  sentAt: number;
  /** Local time when the answer arrived. */
  receivedAt: number;
  /** The server's time in the answer. */
  serverNow: number;
}

/** Server time minus local time for one sample, and its round trip. */
export function sampleOffset(s: ClockSample): { offset: number; rtt: number } {
  const rtt = Math.max(0, s.receivedAt - s.sentAt);
  return { offset: s.serverNow - (s.sentAt + rtt / 2), rtt };
}

/** The offset of the sample with the shortest round trip (0 without samples). */
export function bestOffset(samples: readonly ClockSample[]): number {
  let best: { offset: number; rtt: number } | null = null;
  for (const s of samples) {
    const o = sampleOffset(s);
    if (!best || o.rtt < best.rtt) best = o;
  }
  return best ? Math.round(best.offset) : 0;
}

export class ServerClock {
  private offset = 0;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly fetchTime: () => Promise<number>,
    private readonly localNow: () => number = Date.now,
  ) {}

  /** Server time now (local time until the first sync). */
  now(): number {
    return this.localNow() + this.offset;
  }

  get offsetMs(): number {
    return this.offset;
  }

  /** Takes a few samples one after the other; keeps the old offset if all fail. */
  sync(samples = 3): Promise<void> {
    this.syncing ??= (async () => {
      const got: ClockSample[] = [];
      for (let i = 0; i < samples; i++) {
        const sentAt = this.localNow();
        try {
          const serverNow = await this.fetchTime();
          got.push({ sentAt, receivedAt: this.localNow(), serverNow });
        } catch {
          // Offline: try the next sample; the countdown runs on the last offset meanwhile.
        }
      }
      if (got.length > 0) this.offset = bestOffset(got);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }
}
