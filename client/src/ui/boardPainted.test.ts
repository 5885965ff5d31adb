import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (its state is once per page), at `now` ms after navigation. */
async function fresh(now: number) {
  vi.resetModules();
  vi.spyOn(performance, 'now').mockReturnValue(now);
  return import('./boardPainted');
}

/** Whether the promise has settled once pending timers up to `ms` have run. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('afterBoardPainted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first paint, then for that frame to be shown', async () => {
    const m = await fresh(500);
    const waiting = m.afterBoardPainted();
    expect(await settledWithin(waiting, 2000)).toBe(false);
    m.markBoardPainted();
    expect(m.isBoardPainted()).toBe(true);
    expect(await settledWithin(waiting, 50)).toBe(true);
  });

  it('does not wait once a board has been painted', async () => {
    const m = await fresh(500);
    m.markBoardPainted();
    m.markBoardPainted();
    expect(await settledWithin(m.afterBoardPainted(), 0)).toBe(true);
  });

  it('stops waiting at LATEST_MS after navigation, painted or not', async () => {
    const m = await fresh(1000);
    const waiting = m.afterBoardPainted();
    expect(await settledWithin(waiting, m.LATEST_MS - 1001)).toBe(false);
    expect(await settledWithin(waiting, 1)).toBe(true);
    // A part asked for later (a phone's list view, where no canvas paints) loads at once.
    vi.mocked(performance.now).mockReturnValue(m.LATEST_MS + 1);
    expect(await settledWithin(m.afterBoardPainted(), 0)).toBe(true);
  });

  it('holds back a lazy part until then', async () => {
    const m = await fresh(500);
    const { lazyPart } = await import('./lazyPart');
    const load = vi.fn(async () => () => null);
    const part = lazyPart(load, { after: m.afterBoardPainted });
    const ready = part.preload();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).not.toHaveBeenCalled();
    m.markBoardPainted();
    await vi.advanceTimersByTimeAsync(50);
    await ready;
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('starts preloading the parts after it too', async () => {
    const m = await fresh(500);
    const { lazyPart, preloadParts } = await import('./lazyPart');
    const load = vi.fn(async () => () => null);
    lazyPart(load);
    preloadParts(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).not.toHaveBeenCalled();
    m.markBoardPainted();
    await vi.advanceTimersByTimeAsync(500);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
