/**
 * Presence traffic from a browser: a page sends its own presence (name, cursor, drag) and
 * nobody else's. A stock y-websocket provider also sends back every presence change it
 * receives, so in a room of C people each cursor move would reach the server C − 1 more times.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import { expectCursorAt, pointAt } from '../pages/RoomProbe.js';

/** y-websocket message type of awareness frames. */
const AWARENESS = 1;

/** Reads the varUints of a frame in order (lib0's encoding, enough for the ids we need). */
function varUints(bytes: Buffer) {
  let pos = 0;
  return {
    next(): number {
      let n = 0;
      let mult = 1;
      for (;;) {
        const b = bytes[pos++] as number;
        n += (b & 0x7f) * mult;
        mult *= 128;
        if (b < 0x80) return n;
      }
    },
    skip(len: number) {
      pos += len;
    },
  };
}

/** The awareness client ids of every presence entry this page sends from now on. */
function recordSentPresence(page: Page): number[] {
  const ids: number[] = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      if (typeof payload === 'string') return;
      const r = varUints(payload);
      if (r.next() !== AWARENESS) return;
      r.next(); // length of the awareness update
      const count = r.next();
      for (let i = 0; i < count; i++) {
        ids.push(r.next());
        r.next(); // clock
        r.skip(r.next()); // JSON state
      }
    }),
  );
  return ids;
}

const clientIdOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __plg: { awareness: { clientID: number } } }).__plg.awareness.clientID);

test('a page sends only its own presence, not the cursors it receives from others', async ({ createBoard, person }) => {
  const board = await createBoard({ title: 'Alleen je eigen cursor', template: 'plg', lang: 'nl' });
  const fleur = await person();
  const anne = await person();
  const sentByFleur = recordSentPresence(fleur.page);
  await fleur.open(board.facilitatorUrl, 'Fleur');
  await anne.open(board.url, 'Anne');
  const fleurId = await clientIdOf(fleur.page);

  // Anne moves her cursor around; Fleur sees every position.
  for (const [fx, fy] of [
    [0.3, 0.4],
    [0.5, 0.5],
    [0.6, 0.3],
    [0.4, 0.7],
  ] as const) {
    const at = await pointAt(anne.page, fx, fy);
    await expectCursorAt(fleur.page, 'Anne', at);
  }
  // Fleur's page did send presence (her name on arrival), and all of it was hers.
  expect(sentByFleur.length).toBeGreaterThan(0);
  expect(new Set(sentByFleur)).toEqual(new Set([fleurId]));
});
