/**
 * Cooperative time slicing for the exports drawn in the page: the work runs in short slices with
 * a task boundary between them (input and timers get their turn), and whenever the page has gone
 * FRAME_GAP_MS without a painted frame, the next yield waits for one, so a 5,000-note image never
 * freezes the board. Cancelling through the AbortSignal is noticed at every yield: the work stops
 * with the signal's reason (an AbortError).
 */

/** Work per slice before yielding, ms. */
export const SLICE_MS = 12;
/** The longest the page goes without a frame between two slices (about 30 frames a second), ms. */
export const FRAME_GAP_MS = 32;
/** A frame that does not come within this time (the tab was hidden meanwhile) is not waited for, ms. */
const FRAME_WAIT_MS = 250;

const hasFrames = () => typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden';

/** A new task: a message to ourselves (timers are clamped to 4 ms when chained). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves after the browser's next frame (rAF, then a task: the frame has been painted). */
export function afterNextFrame(): Promise<void> {
  if (!hasFrames()) return nextTask();
  return new Promise((resolve) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, FRAME_WAIT_MS);
    requestAnimationFrame(() => void nextTask().then(finish));
  });
}

export class Slicer {
  private start = performance.now();
  private lastFrame = performance.now();
  private watching = false;

  constructor(
    readonly signal?: AbortSignal,
    private readonly budgetMs = SLICE_MS,
  ) {}

  /** True when the current slice has used its time. */
  due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Ends the slice: a new task, or a painted frame when one is overdue; throws when cancelled. */
  async yield(): Promise<void> {
    this.signal?.throwIfAborted();
    this.watchFrames();
    if (performance.now() - this.lastFrame >= FRAME_GAP_MS) await afterNextFrame();
    else await nextTask();
    this.signal?.throwIfAborted();
    this.start = performance.now();
  }

  /** Yields only when the slice has used its time; still notices a cancel. */
  async maybeYield(): Promise<void> {
    if (this.due()) await this.yield();
    else this.signal?.throwIfAborted();
  }

  /** Notes when the browser paints, including frames it fits in between slices by itself. */
  private watchFrames(): void {
    if (this.watching || !hasFrames()) return;
    this.watching = true;
    requestAnimationFrame(() => {
      this.watching = false;
      this.lastFrame = performance.now();
    });
  }
}
