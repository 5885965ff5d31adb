import { describe, expect, it } from 'vitest';
import { Slicer } from './slicer';

describe('Slicer', () => {
  it('yields only once the slice has used its time', async () => {
    const slicer = new Slicer(undefined, 1_000);
    expect(slicer.due()).toBe(false);
    await slicer.maybeYield();
    const zero = new Slicer(undefined, 0);
    expect(zero.due()).toBe(true);
    await zero.yield();
  });

  it('stops the work with an AbortError once cancelled, at the next yield or check', async () => {
    const controller = new AbortController();
    const slicer = new Slicer(controller.signal, 1_000);
    await slicer.maybeYield();
    controller.abort();
    await expect(slicer.maybeYield()).rejects.toMatchObject({ name: 'AbortError' });
    await expect(slicer.yield()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('notices a cancel that comes while it waits for the browser', async () => {
    const controller = new AbortController();
    const slicer = new Slicer(controller.signal, 0);
    const waiting = slicer.yield();
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
