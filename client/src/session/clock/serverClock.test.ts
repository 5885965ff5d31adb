// @vitest-environment node
import { timerRemaining } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { bestOffset, ServerClock, sampleOffset } from './serverClock';

describe('server clock', () => {
  it('reads the server time halfway through the round trip', () => {
    // Local clock 5 s behind the server; 200 ms round trip, the server answered at its 10_100.
    expect(sampleOffset({ sentAt: 5000, receivedAt: 5200, serverNow: 10_100 })).toEqual({ offset: 5000, rtt: 200 });
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      { sentAt: 0, receivedAt: 900, serverNow: 5100 }, // slow: offset 4650
      { sentAt: 1000, receivedAt: 1040, serverNow: 6020 }, // fast: offset 5000
      { sentAt: 2000, receivedAt: 2300, serverNow: 7300 },
    ];
    expect(bestOffset(samples)).toBe(5000);
    expect(bestOffset([])).toBe(0);
  });

  it('shows the same countdown on a screen whose clock is two minutes off', async () => {
    const serverTime = { now: 1_000_000 };
    const skew = -120_000; // this laptop's clock is two minutes behind
    let local = serverTime.now + skew;
    const clock = new ServerClock(
      async () => {
        local += 20; // half of a 40 ms round trip on the way there…
        serverTime.now += 20;
        const answer = serverTime.now;
        local += 20; // …and back
        serverTime.now += 20;
        return answer;
      },
      () => local,
    );
    await clock.sync();
    expect(clock.offsetMs).toBe(120_000);
    // A five-minute timer the server started 90 s ago.
    const timer = { durationMs: 300_000, remainingMs: 300_000, startedAt: serverTime.now - 90_000 };
    expect(timerRemaining(timer, clock.now())).toBe(210_000);
    // Naively using the local clock would show five and a half minutes.
    expect(timerRemaining(timer, local)).toBe(330_000);
  });

  it('keeps the last offset when the server cannot be reached', async () => {
    let fail = false;
    let local = 0;
    const clock = new ServerClock(
      async () => {
        if (fail) throw new Error('offline');
        return local + 3000;
      },
      () => local,
    );
    await clock.sync(1);
    expect(clock.offsetMs).toBe(3000);
    fail = true;
    local = 50;
    await clock.sync(2);
    expect(clock.now()).toBe(3050);
  });
});
