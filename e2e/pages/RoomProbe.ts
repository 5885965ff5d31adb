/**
 * What a screen in the room shows beyond plain DOM text, for the facilitator-controls and
 * presence specs: the other people's cursors as drawn on the Konva stage, the session timer
 * in seconds, the time-up chime (an init script records every WebAudio oscillator started),
 * and a laptop whose clock is wrong (an init script shifts `Date`).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A remote cursor on this screen's canvas: the name tag, its colour and its tip in board units. */
export interface CursorView {
  name: string;
  color: string;
  x: number;
  y: number;
  visible: boolean;
}

/** Every remote cursor drawn on this page (RemoteCursor: a Group with an arrow and a Label). */
export async function remoteCursors(page: Page): Promise<CursorView[]> {
  return page.evaluate(() => {
    type Node = {
      getClassName(): string;
      getParent(): Node | null;
      isVisible(): boolean;
      x(): number;
      y(): number;
      text(): string;
      getTag(): { fill(): string } | undefined;
      hasName(name: string): boolean;
      find(selector: string): Node[];
    };
    const konva = (window as unknown as { Konva?: { stages: Node[] } }).Konva;
    const out: CursorView[] = [];
    for (const stage of konva?.stages ?? []) {
      for (const text of stage.find('Text')) {
        const label = text.getParent();
        const cursor = label?.getParent();
        if (label?.getClassName() !== 'Label' || !cursor) continue;
        // A cursor's group (named `remote-cursor`) holds the arrow beside the name tag.
        if (!cursor.hasName('remote-cursor')) continue;
        out.push({
          name: text.text(),
          color: label.getTag()?.fill() ?? '',
          x: cursor.x(),
          y: cursor.y(),
          visible: text.isVisible(),
        });
      }
    }
    return out;
  });
}

/** The visible remote cursor named `name` on this page, or undefined. */
export async function cursorOf(page: Page, name: string): Promise<CursorView | undefined> {
  return (await remoteCursors(page)).find((c) => c.name === name && c.visible);
}

/**
 * Moves the mouse (in small steps, like a hand) to a point of the canvas given as fractions of
 * its width and height; returns that point in board units, as presence publishes it (rounded).
 */
export async function pointAt(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const vp = await page.evaluate(
    () =>
      (
        window as unknown as {
          __plg: { ui: { getState(): { viewport: { x: number; y: number; zoom: number } } } };
        }
      ).__plg.ui.getState().viewport,
  );
  const sx = Math.round(box.width * fx);
  const sy = Math.round(box.height * fy);
  await page.mouse.move(box.x + sx, box.y + sy, { steps: 5 });
  return { x: Math.round((sx - vp.x) / vp.zoom), y: Math.round((sy - vp.y) / vp.zoom) };
}

/** Waits until `page` shows `name`'s cursor at the board point `at` (± 2 units). */
export async function expectCursorAt(page: Page, name: string, at: { x: number; y: number }): Promise<CursorView> {
  let seen: CursorView | undefined;
  await expect
    .poll(
      async () => {
        seen = await cursorOf(page, name);
        return seen ? Math.hypot(seen.x - at.x, seen.y - at.y) : Number.POSITIVE_INFINITY;
      },
      { message: `${name}'s cursor near (${at.x}, ${at.y})` },
    )
    .toBeLessThanOrEqual(2);
  return seen as CursorView;
}

/** This person's own presence as published in awareness (name, colour, role). */
export async function ownUser(page: Page): Promise<{ id: string; name: string; color: string; role?: string }> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __plg: { awareness: { getLocalState(): { user: { id: string; name: string; color: string } } } };
        }
      ).__plg.awareness.getLocalState().user,
  );
}

/** "4:05" / "1:02:03" as seconds. */
export function clockSeconds(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isInteger(n))) throw new Error(`not a clock: ${text}`);
  return parts.reduce((acc, n) => acc * 60 + n, 0);
}

/** The countdown in the session bar (the facilitator has a second one in the Regie panel). */
export function barTimer(page: Page): Locator {
  return page.getByTestId('session-bar').getByTestId('session-timer');
}

/** The seconds left that `timer` shows right now. */
export async function shownSeconds(timer: Locator): Promise<number> {
  return clockSeconds((await timer.locator('.session-timer-text').textContent()) ?? '');
}

/** Waits until `timer` shows `seconds` (± `slack`). */
export async function expectShown(timer: Locator, seconds: number, slack = 1): Promise<void> {
  await expect
    .poll(async () => Math.abs((await shownSeconds(timer)) - seconds), { message: `timer shows ${seconds}s` })
    .toBeLessThanOrEqual(slack);
}

/** Records every oscillator this page starts (the chime is two of them). Call before `open`. */
export async function recordChimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __tones: number[] };
    w.__tones = [];
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      w.__tones.push(Math.round(this.frequency.value));
      return start.call(this, when);
    };
  });
}

/** Frequencies (Hz) of the tones this page has started so far. */
export async function tonesPlayed(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __tones: number[] }).__tones);
}

/** Makes this page's clock run `offsetMs` ahead of the real time (a laptop set wrong). Call before `open`. */
export async function skewClock(page: Page, offsetMs: number): Promise<void> {
  await page.addInitScript((offset) => {
    const RealDate = Date;
    const now = () => RealDate.now() + offset;
    window.Date = new Proxy(RealDate, {
      construct: (target, args, newTarget) =>
        Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object,
      apply: () => new RealDate(now()).toString(),
      get: (target, prop, receiver) => (prop === 'now' ? now : Reflect.get(target, prop, receiver)),
    });
  }, offsetMs);
}
