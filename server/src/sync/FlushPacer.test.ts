import { describe, expect, it } from 'vitest';
import { FlushPacer, MAX_GAP_MS } from './FlushPacer.js';

/** A pacer on a clock the test moves by hand. */
function pacerAt(start = 1000) {
  let now = start;
  const pacer = new FlushPacer(() => now);
  const flushTaking = (ms: number) =>
    pacer.time(async () => {
      now += ms;
    });
  return { pacer, flushTaking, advance: (ms: number) => (now += ms) };
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

  it('starts flushes at most MAX_GAP_MS apart', async () => {
    const { pacer, flushTaking } = pacerAt();
    await flushTaking(80);
    expect(pacer.delay()).toBe(MAX_GAP_MS - 80);
    await flushTaking(MAX_GAP_MS * 2);
    expect(pacer.delay()).toBe(0);
  });
});
