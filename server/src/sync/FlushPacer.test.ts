import { describe, expect, it } from 'vitest';
import { BUSY_UTILIZATION, FlushPacer, loopUtilization, MAX_GAP_MS } from './FlushPacer.js';

/** A pacer on a clock the test moves by hand, on an event loop as busy as `load` says (busy by default). */
function pacerAt(start = 1000) {
  let now = start;
  let load = 1;
  const pacer = new FlushPacer(
    () => now,
    () => load,
  );
  const flushTaking = (ms: number) =>
    pacer.time(async () => {
      now += ms;
    });
  return { pacer, flushTaking, advance: (ms: number) => (now += ms), setLoad: (share: number) => (load = share) };
}

/** Keeps the event loop busy for `ms` (the point of the test, not a wait). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
}

describe('FlushPacer', () => {
  it('lets the first flush run at once', () => {
    expect(pacerAt().pacer.delay()).toBe(0);
  });

  it('waits as long as the last flush took before the next', async () => {
    const { pacer, flushTaking, advance } = pacerAt();
    await flushTaking(8);
    expect(pacer.delay()).toBe(8);
    advance(5);
    expect(pacer.delay()).toBe(3);
    advance(3);
    expect(pacer.delay()).toBe(0);
  });

  it('does not ask for a wait shorter than a timer can keep (the next turn of the loop instead)', async () => {
    const { pacer, flushTaking } = pacerAt();
    await flushTaking(0.4);
    expect(pacer.delay()).toBe(0);
    await flushTaking(1.5);
    expect(pacer.delay()).toBe(1.5);
  });

  it('relays at once while the event loop has time to spare, and paces again once it is busy', async () => {
    const { pacer, flushTaking, setLoad } = pacerAt();
    await flushTaking(8);
    setLoad(BUSY_UTILIZATION - 0.1);
    expect(pacer.delay()).toBe(0);
    setLoad(BUSY_UTILIZATION);
    expect(pacer.delay()).toBe(8);
  });

  it('starts flushes at most MAX_GAP_MS apart', async () => {
    const { pacer, flushTaking } = pacerAt();
    await flushTaking(80);
    expect(pacer.delay()).toBe(MAX_GAP_MS - 80);
    await flushTaking(MAX_GAP_MS * 2);
    expect(pacer.delay()).toBe(0);
  });
});

describe('loopUtilization', () => {
  it('reports the busy share of the last completed window', async () => {
    const utilization = loopUtilization(40);
    expect(utilization()).toBe(0);
    spin(60);
    expect(utilization()).toBeGreaterThan(0.9);
    // Within the window the last figure stands.
    expect(utilization()).toBeGreaterThan(0.9);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(utilization()).toBeLessThan(BUSY_UTILIZATION);
  });
});
