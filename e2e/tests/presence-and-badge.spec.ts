/**
 * Presence on the live board: the list of who is there (names, colours, roles; someone who
 * closes the page leaves it), live cursors with the person's name and colour, and a connection
 * badge that tells the truth when the wifi drops and when the server goes away and comes back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import type { BoardPage } from '../pages/BoardPage.js';
import { cursorOf, expectCursorAt, ownUser, pointAt } from '../pages/RoomProbe.js';

interface Listed {
  name: string;
  role: string;
  initials: string;
  color: string;
}

/** The presence popup's entries as this page renders them (colour as the browser computes it). */
async function presence(page: Page): Promise<Listed[]> {
  return page
    .getByTestId('presence-list')
    .locator('.presence-popup li')
    .evaluateAll((items) =>
      items.map((li) => {
        const avatar = li.querySelector<HTMLElement>('.avatar')!;
        return {
          name: li.querySelector('.presence-name')?.textContent ?? '',
          role: li.querySelector('.presence-role')?.textContent ?? '',
          initials: avatar.textContent ?? '',
          color: getComputedStyle(avatar).backgroundColor,
        };
      }),
    );
}

/** "#rrggbb" as the browser computes it: "rgb(r, g, b)". */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const badge = (p: BoardPage) => p.page.getByTestId('connection-badge');

async function expectBadge(p: BoardPage, status: 'connected' | 'connecting' | 'offline', text: string) {
  await expect(badge(p)).toHaveAttribute('data-status', status, { timeout: 15_000 });
  await expect(badge(p).locator('.connection-text')).toHaveText(text);
}

test('the presence list shows who is on the board, in their colours, and drops who leaves', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard({ title: 'Wie is er?', template: 'plg', lang: 'nl' });
  const fleur = await person();
  const bram = await person();
  const cas = await person();
  await fleur.open(board.facilitatorUrl, 'Fleur de Vries');
  await bram.open(board.url, 'Bram');
  await cas.open(board.url, 'Cas');
  const users = { fleur: await ownUser(fleur.page), bram: await ownUser(bram.page), cas: await ownUser(cas.page) };
  expect(new Set(Object.values(users).map((u) => u.id)).size).toBe(3);

  const expected = (self: keyof typeof users): Listed[] =>
    (Object.keys(users) as (keyof typeof users)[])
      .sort((a, b) => (a === self ? -1 : b === self ? 1 : 0))
      .map((who) => ({
        name: who === self ? `${users[who].name} (jij)` : users[who].name,
        role: who === 'fleur' ? 'Procesbegeleider' : 'Deelnemer',
        initials: who === 'fleur' ? 'FV' : users[who].name[0]!,
        color: rgb(users[who].color),
      }));
  const byName = (list: Listed[]) => [...list.slice(0, 1), ...list.slice(1).sort((a, b) => (a.name < b.name ? -1 : 1))];

  for (const [who, p] of [
    ['fleur', fleur],
    ['bram', bram],
    ['cas', cas],
  ] as const) {
    const list = p.page.getByTestId('presence-list');
    await expect(list.getByRole('button')).toHaveAccessibleName('3 personen op het bord');
    await expect
      .poll(async () => byName(await presence(p.page)), { message: `list at ${who}` })
      .toEqual(byName(expected(who)));
    // The avatars in the top bar carry the same names and colours.
    await expect(list.locator('.avatars .avatar')).toHaveCount(3);
    await expect(list.locator(`.avatars .avatar[title="${users.fleur.name}"]`)).toHaveText('FV');
  }
  // The full list opens on hover, readable.
  await bram.page.getByTestId('presence-list').getByRole('button').hover();
  await expect(bram.page.locator('.presence-popup')).toBeVisible();
  await expect(bram.page.locator('.presence-popup')).toContainText('3 personen op het bord');

  // Cas closes his laptop's tab: he leaves everyone else's list.
  await cas.page.close();
  for (const p of [fleur, bram]) {
    await expect(p.page.getByTestId('presence-list').getByRole('button')).toHaveAccessibleName(
      '2 personen op het bord',
    );
    await expect.poll(async () => (await presence(p.page)).map((u) => u.name).join('|')).not.toContain('Cas');
  }
});

test('live cursors: a person’s cursor appears at the others with their name and colour', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard({ title: 'Cursors', template: 'plg', lang: 'nl' });
  const fleur = await person();
  const anne = await person();
  const bram = await person();
  await fleur.open(board.facilitatorUrl, 'Fleur');
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const anneUser = await ownUser(anne.page);

  // Anne points somewhere: both others draw her cursor there, named and in her colour.
  let at = await pointAt(anne.page, 0.3, 0.4);
  for (const p of [fleur, bram]) {
    const cursor = await expectCursorAt(p.page, 'Anne', at);
    expect(cursor.color).toBe(anneUser.color);
  }
  // Nobody draws their own cursor.
  expect(await cursorOf(anne.page, 'Anne')).toBeUndefined();

  // She moves on: the cursors follow.
  at = await pointAt(anne.page, 0.6, 0.65);
  for (const p of [fleur, bram]) await expectCursorAt(p.page, 'Anne', at);
  // Bram's cursor shows at Anne's in turn.
  const bramAt = await pointAt(bram.page, 0.5, 0.3);
  await expectCursorAt(anne.page, 'Bram', bramAt);

  // Anne's pointer leaves the canvas (up to the top bar): her cursor goes away at the others.
  await anne.page.getByTestId('connection-badge').hover();
  for (const p of [fleur, bram])
    await expect.poll(() => cursorOf(p.page, 'Anne'), { message: 'Anne’s cursor gone' }).toBeUndefined();
});

test('the connection badge: verbonden, offline without wifi, opnieuw verbinden while the server is away', async ({
  createBoard,
  person,
  server,
}) => {
  const board = await createBoard({ title: 'Verbinding', template: 'plg', lang: 'nl' });
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  for (const p of [anne, bram]) await expectBadge(p, 'connected', 'verbonden');
  await expect(badge(anne)).not.toContainText('lokaal bewaard');

  await test.step('wifi off: offline, with edits kept locally; back on: verbonden', async () => {
    await anne.page.context().setOffline(true);
    await expectBadge(anne, 'offline', 'offline');
    await expect(badge(anne)).toContainText('wijzigingen lokaal bewaard');
    await expectBadge(bram, 'connected', 'verbonden');
    await anne.page.context().setOffline(false);
    await expectBadge(anne, 'connected', 'verbonden');
    await anne.waitSynced();
  });

  await test.step('server stopped: opnieuw verbinden on both; back: verbonden and in sync', async () => {
    let stopped = false;
    try {
      await server.stop();
      stopped = true;
      for (const p of [anne, bram]) {
        await expectBadge(p, 'connecting', 'opnieuw verbinden');
        await expect(badge(p)).toContainText('wijzigingen lokaal bewaard');
      }
      // Still "opnieuw verbinden" while Anne keeps working: it never claims to be connected.
      const note = await anne.addNote('Geschreven zonder server', { x: 300, y: 300 });
      await expectBadge(anne, 'connecting', 'opnieuw verbinden');
      await server.start();
      stopped = false;
      for (const p of [anne, bram]) await expectBadge(p, 'connected', 'verbonden');
      // "verbonden" means synced: the note written meanwhile reaches Bram.
      await bram.expectNotes((notes) => notes.some((n) => n.id === note.id), 'note after the server is back');
    } finally {
      if (stopped) await server.start();
    }
  });

  await test.step('server restarted at once: the badge notices the drop, then verbonden', async () => {
    // Record every status the badge shows, so a quick restart cannot pass unnoticed.
    for (const p of [anne, bram])
      await badge(p).evaluate((el) => {
        const log: string[] = [];
        (window as unknown as { __badgeLog: string[] }).__badgeLog = log;
        new MutationObserver(() => log.push(el.getAttribute('data-status') ?? '')).observe(el, {
          attributeFilter: ['data-status'],
        });
      });
    await server.restart();
    for (const p of [anne, bram]) {
      await expect
        .poll(() => p.page.evaluate(() => (window as unknown as { __badgeLog: string[] }).__badgeLog.join(' ')))
        .toMatch(/connecting.*connected$/);
      await expectBadge(p, 'connected', 'verbonden');
    }
  });
});
