/**
 * The facilitator steering the room, with two participants in their own browsers: locking the
 * board, the session timer on every screen (one laptop's clock five minutes off), the time-up
 * chime where the sound is on and not where it is off, and hiding participants' cursors.
 */
import type { Page } from '@playwright/test';
import { expect, type Fixtures, test } from '../fixtures/test.js';
import type { NoteData } from '../pages/BoardPage.js';
import {
  barTimer,
  cursorOf,
  expectCursorAt,
  expectShown,
  pointAt,
  recordChimes,
  shownSeconds,
  skewClock,
  tonesPlayed,
} from '../pages/RoomProbe.js';
import { SessionPage } from '../pages/SessionPage.js';

type Prepare = (page: Page) => Promise<void>;

/** Fleur (facilitator link), Anne and Bram (participants' link), each in a browser of their own. */
async function room(
  fixtures: Pick<Fixtures, 'createBoard' | 'person'>,
  prepare: { fleur?: Prepare; anne?: Prepare; bram?: Prepare } = {},
): Promise<{ fleur: SessionPage; anne: SessionPage; bram: SessionPage }> {
  const board = await fixtures.createBoard({ title: 'Studiedag PLG — regie', template: 'plg', lang: 'nl' });
  const people = { fleur: board.facilitatorUrl, anne: board.url, bram: board.url };
  const out = {} as Record<keyof typeof people, SessionPage>;
  for (const [name, url] of Object.entries(people) as [keyof typeof people, string][]) {
    const p = new SessionPage(await fixtures.person());
    await prepare[name]?.(p.page);
    await p.open(url, name[0]!.toUpperCase() + name.slice(1));
    out[name] = p;
  }
  await out.fleur.openPanel('facilitator');
  return out;
}

const locked = async (p: SessionPage) => Boolean((await p.boardMap('session')).locked);
const timerOf = async (p: SessionPage) =>
  (await p.boardMap('session')).timer as { durationMs: number; remainingMs: number; startedAt: number | null };

test('lock: participants cannot add notes in any way until the facilitator unlocks', async ({
  createBoard,
  person,
}) => {
  const { fleur, anne, bram } = await room({ createBoard, person });
  const first = await anne.board.addNote('Voor het slot', { x: 300, y: 300 });
  for (const p of [fleur, bram]) await p.board.expectNotes((n) => n.some((x) => x.id === first.id), 'first note');
  const ids = async (p: SessionPage) => (await p.board.notes()).map((n) => n.id).sort();

  await fleur.testId('toggle-lock').click();
  await expect(fleur.testId('toggle-lock')).toHaveAttribute('aria-checked', 'true');
  for (const p of [anne, bram]) {
    await expect.poll(() => locked(p), { message: 'locked at a participant' }).toBe(true);
    await expect(p.testId('session-bar').getByText('Bord vergrendeld')).toBeVisible();
    await expect(p.testId('session-bar').locator('.session-hint')).toHaveText(/^Het bord is vergrendeld/);
    await expect(p.testId('action-addNote')).toBeDisabled();
    await expect(p.testId('action-duplicateSelection')).toBeDisabled();
  }
  await expect(fleur.testId('phase-activities')).toContainText('Het bord is vergrendeld');

  await test.step('the N key, a double-click and the list view add nothing', async () => {
    const editor = anne.page.locator('textarea.note-editor');
    await pointAt(anne.page, 0.35, 0.7);
    await anne.board.canvas().focus();
    await anne.page.keyboard.press('n');
    const box = (await anne.board.canvas().boundingBox())!;
    await anne.page.mouse.dblclick(box.x + box.width * 0.55, box.y + box.height * 0.75);
    await expect(editor).toHaveCount(0);
    // Nor can Anne undo her own note away: undo is off while nothing may change.
    await expect(anne.testId('action-undo')).toBeDisabled();
    await anne.board.canvas().focus();
    await anne.page.keyboard.press('Control+z');
    expect(await ids(anne)).toEqual([first.id]);

    await anne.testId('toggle-list').click();
    const cultuur = anne.testId('list-zone-cultuur');
    await expect(cultuur).toBeVisible();
    await expect(anne.testId('list-view').locator('[data-testid^="list-add-"]')).toHaveCount(0);
    await expect(anne.testId(`list-note-${first.id}`).getByRole('textbox')).not.toBeEditable();
    await anne.screenshot('controls-locked-participant-1366x768');
    await fleur.screenshot('controls-locked-facilitator-1366x768');
    expect(await ids(anne)).toEqual([first.id]);
  });

  await test.step('a forged write is refused by the server and rolled back at the sender', async () => {
    // What a modified client could send: a note map written straight into the document.
    const forged = await anne.page.evaluate((templateId) => {
      type YMap = { get(k: string): unknown; set(k: string, v: unknown): void; constructor: new () => YMap };
      type YText = { insert(i: number, s: string): void; constructor: new () => YText };
      const doc = (window as unknown as { __plg: { doc: { getMap(n: string): YMap } } }).__plg.doc;
      const notes = doc.getMap('notes');
      const model = notes.get(templateId) as YMap;
      const note = new model.constructor();
      const text = new (model.get('text') as YText).constructor();
      text.insert(0, 'Stiekem toch');
      const id = 'forged-note-0001';
      for (const [k, v] of Object.entries({ id, x: 900, y: 300, width: 200, height: 160, color: '#fde68a' }))
        note.set(k, v);
      note.set('text', text);
      note.set('createdAt', Date.now());
      note.set('authorId', model.get('authorId'));
      notes.set(id, note);
      return id;
    }, first.id);
    await expect(anne.testId('toasts')).toContainText('het bord is vergrendeld door de procesbegeleider');
    await anne.board.expectNotes((n) => !n.some((x) => x.id === forged), 'rolled back at Anne');
    // The facilitator still writes while locked; once that arrives, the forged note would have too.
    const fleurs = await fleur.board.addNote('Alleen de procesbegeleider', { x: 300, y: 700 });
    for (const p of [bram, anne]) await p.board.expectNotes((n) => n.some((x) => x.id === fleurs.id), 'barrier');
    for (const p of [fleur, bram, anne]) expect(await ids(p)).toEqual([first.id, fleurs.id].sort());
  });

  await test.step('unlocked: the N key, a double-click and the list add notes again', async () => {
    await fleur.testId('toggle-lock').click();
    await expect(fleur.testId('toggle-lock')).toHaveAttribute('aria-checked', 'false');
    await expect(anne.testId('session-bar').getByText('Bord vergrendeld')).toHaveCount(0);
    await expect(anne.testId('action-addNote')).toBeEnabled();
    const added: NoteData[] = [await anne.board.addNote('Met N na het slot', { x: 700, y: 650 })];

    const box = (await bram.board.canvas().boundingBox())!;
    await bram.page.mouse.dblclick(box.x + box.width * 0.55, box.y + box.height * 0.75);
    await expect(bram.page.locator('textarea.note-editor')).toBeFocused();
    await bram.page.keyboard.type('Dubbelklik na het slot');
    await bram.page.keyboard.press('Escape');

    await anne.testId('list-add-cultuur').click();
    await anne.testId('list-zone-cultuur').locator('textarea:focus').fill('Uit de lijst na het slot');
    for (const p of [fleur, anne, bram])
      await p.board.expectNotes(
        (n) =>
          n.some((x) => x.id === added[0]!.id) &&
          n.some((x) => x.text === 'Dubbelklik na het slot') &&
          n.some((x) => x.text === 'Uit de lijst na het slot'),
        'three new notes everywhere',
      );
  });
});

test('timer: start, pause, +1 minute and reset agree on every screen, one clock five minutes off', async ({
  createBoard,
  person,
}) => {
  const skew = 5 * 60_000;
  const { fleur, anne, bram } = await room({ createBoard, person }, { bram: (page) => skewClock(page, skew) });
  const screens = [fleur, anne, bram];
  // Bram's laptop really is five minutes ahead.
  expect(Math.abs((await bram.page.evaluate(() => Date.now())) - Date.now() - skew)).toBeLessThan(2000);
  const spread = async () => {
    const s = await Promise.all(screens.map((p) => shownSeconds(barTimer(p.page))));
    return Math.max(...s) - Math.min(...s);
  };
  const expectAll = async (seconds: number, slack: number) => {
    for (const p of screens) await expectShown(barTimer(p.page), seconds, slack);
    await expect.poll(spread, { message: 'every screen shows the same time' }).toBeLessThanOrEqual(1);
  };
  const status = async (s: string) => {
    for (const p of screens) await expect(barTimer(p.page)).toHaveAttribute('data-status', s);
  };

  await fleur.testId('timer-minutes').fill('7');
  await fleur.testId('timer-minutes').press('Enter');
  await expect(barTimer(fleur.page)).toHaveAttribute('data-status', 'stopped');
  await expect(barTimer(fleur.page)).toContainText('7:00');
  // Not in use yet: participants see no timer.
  for (const p of [anne, bram]) await expect(barTimer(p.page)).toHaveCount(0);

  await fleur.testId('timer-start').click();
  await status('running');
  await expectAll(420, 2);
  // A countdown on Bram's own clock would show two minutes.
  expect(await shownSeconds(barTimer(bram.page))).toBeGreaterThan(400);

  await fleur.testId('timer-start').click();
  await status('paused');
  const paused = await timerOf(fleur);
  expect(paused.startedAt).toBeNull();
  const pausedText = (await barTimer(fleur.page).locator('.session-timer-text').textContent())!;
  for (const p of screens) {
    await expect(barTimer(p.page).locator('.session-timer-text')).toHaveText(pausedText);
    await expect(barTimer(p.page)).toContainText('gepauzeerd');
  }
  expect(await shownSeconds(barTimer(bram.page))).toBe(Math.ceil(paused.remainingMs / 1000));
  await anne.screenshot('controls-timer-paused-participant-1366x768');
  await fleur.screenshot('controls-timer-paused-facilitator-1366x768');

  const before = Math.ceil(paused.remainingMs / 1000);
  await fleur.testId('timer-add').click();
  await expectAll(before + 60, 1);
  await status('paused');

  await fleur.testId('timer-reset').click();
  await expect(barTimer(fleur.page)).toHaveAttribute('data-status', 'stopped');
  await expect(barTimer(fleur.page).locator('.session-timer-text')).toHaveText('7:00');
  for (const p of [anne, bram]) {
    await expect.poll(async () => (await timerOf(p)).remainingMs).toBe(420_000);
    await expect(barTimer(p.page)).toHaveCount(0);
  }

  // Running again from the set length, and +1 minute while it runs.
  await fleur.testId('timer-start').click();
  await status('running');
  await expectAll(420, 2);
  await fleur.testId('timer-add').click();
  await expectAll(480, 3);
  await status('running');
});

test('time-up chime: played where the sound is on, silent where it is off', async ({ createBoard, person }) => {
  test.setTimeout(120_000);
  const { fleur, anne } = await room({ createBoard, person }, { fleur: recordChimes, anne: recordChimes });
  const CHIME = [523, 784];
  const sound = fleur.testId('facilitator-panel').getByRole('button', { name: /^Geluid/ });
  const runOut = async () => {
    await fleur.testId('timer-reset').click();
    await expect(barTimer(fleur.page)).toHaveAttribute('data-status', 'stopped');
    await fleur.testId('timer-start').click();
    for (const p of [fleur, anne])
      await expect(barTimer(p.page)).toHaveAttribute('data-status', 'up', { timeout: 20_000 });
    await expect(barTimer(anne.page)).toContainText('Tijd is om!');
  };

  // Ten seconds (the shortest length the facilitator can set).
  await fleur.testId('timer-minutes').fill('0,1');
  await fleur.testId('timer-minutes').press('Enter');
  await expect(barTimer(fleur.page)).toContainText('0:10');

  // Sound on by default; Fleur switches it off on her screen, Anne keeps hers on.
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  await expect(sound).toHaveText('Geluid uit');
  await runOut();
  await expect.poll(() => tonesPlayed(anne.page), { message: 'chime at Anne' }).toEqual(CHIME);
  expect(await tonesPlayed(fleur.page)).toEqual([]);

  // Sound back on at Fleur's: the next time it runs out her screen chimes too, Anne's once more.
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await expect(sound).toHaveText('Geluid aan bij ‘tijd is om’');
  await runOut();
  await expect.poll(() => tonesPlayed(fleur.page), { message: 'chime at Fleur' }).toEqual(CHIME);
  await expect.poll(() => tonesPlayed(anne.page), { message: 'second chime at Anne' }).toEqual([...CHIME, ...CHIME]);

  // Anne mutes her own laptop from the session bar: the next time only Fleur's screen chimes.
  const own = anne.testId('timer-sound');
  await expect(own).toHaveAttribute('aria-pressed', 'true');
  await own.click();
  await expect(own).toHaveAttribute('aria-pressed', 'false');
  await expect(own).toHaveAccessibleName('Geluid uit');
  await runOut();
  await expect.poll(() => tonesPlayed(fleur.page), { message: 'third chime at Fleur' }).toEqual([...CHIME, ...CHIME]);
  expect(await tonesPlayed(anne.page)).toEqual([...CHIME, ...CHIME]);
});

test('hide cursors: participants see only the facilitator’s cursor while it is on', async ({ createBoard, person }) => {
  const { fleur, anne, bram } = await room({ createBoard, person });
  const anneColor = (await anne.page.evaluate(() =>
    (window as unknown as { __plg: { awareness: { getLocalState(): unknown } } }).__plg.awareness.getLocalState(),
  )) as { user: { color: string } };

  let at = await pointAt(anne.page, 0.3, 0.45);
  expect((await expectCursorAt(bram.page, 'Anne', at)).color).toBe(anneColor.user.color);
  await expectCursorAt(bram.page, 'Fleur', await pointAt(fleur.page, 0.4, 0.6));

  await fleur.testId('toggle-cursors').click();
  await expect(fleur.testId('toggle-cursors')).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => Boolean((await bram.boardMap('session')).hideCursors)).toBe(true);

  // Anne moves: the facilitator follows her cursor, Bram does not see it at all.
  at = await pointAt(anne.page, 0.35, 0.5);
  await expectCursorAt(fleur.page, 'Anne', at);
  await expect.poll(() => cursorOf(bram.page, 'Anne'), { message: 'Anne hidden at Bram' }).toBeUndefined();
  // Bram moves: hidden at Anne's too.
  const bramAt = await pointAt(bram.page, 0.25, 0.3);
  await expectCursorAt(fleur.page, 'Bram', bramAt);
  await expect.poll(() => cursorOf(anne.page, 'Bram'), { message: 'Bram hidden at Anne' }).toBeUndefined();
  // The facilitator's cursor still shows everywhere, and follows her.
  const fleurAt = await pointAt(fleur.page, 0.45, 0.55);
  for (const p of [anne, bram]) await expectCursorAt(p.page, 'Fleur', fleurAt);

  await fleur.testId('toggle-cursors').click();
  await expect(fleur.testId('toggle-cursors')).toHaveAttribute('aria-checked', 'false');
  at = await pointAt(anne.page, 0.32, 0.4);
  await expectCursorAt(bram.page, 'Anne', at);
  await expectCursorAt(anne.page, 'Bram', await pointAt(bram.page, 0.3, 0.35));
});
