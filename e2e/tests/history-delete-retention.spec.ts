/**
 * The facilitator's board administration, end to end with a participant watching: a version
 * kept just before a reveal is previewed and restored (the participant's page shows the restored
 * notes); the retention date is shown and extended; the board is deleted after typing its name
 * (the facilitator lands on the home page, the participant's page says the board is gone, and
 * the API answers 404). Screenshots of the new UI at 1366×768 are saved for review.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import { SessionPage } from '../pages/SessionPage.js';

const DAY = 24 * 60 * 60_000;
const FIRST = ['Samen lessen ontwerpen', 'Elke week data bespreken', 'Ruimte voor initiatief'];

/** A day as the page writes it ("3 maart 2027", "3 March 2027"), in the browser's time zone. */
const dayIn = (page: Page, ms: number, locale = 'nl-NL') =>
  page.evaluate(
    ([at, loc]) => new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric' }).format(at),
    [ms, locale] as const,
  );

test('facilitator: restore an earlier version, extend the retention date, delete the board', async ({
  createBoard,
  person,
  server,
}) => {
  const title = 'Studiedag PLG — Versies';
  const board = await createBoard({ title, template: 'plg', lang: 'nl' });
  const fenna = new SessionPage(await person());
  await fenna.open(board.facilitatorUrl, 'Fenna');
  const anne = new SessionPage(await person());
  await anne.open(board.url, 'Anne');

  await test.step('participants have no versions, retention or delete controls', async () => {
    await expect(fenna.testId('bar-history')).toBeVisible();
    await expect(anne.testId('bar-history')).toHaveCount(0);
    await anne.testId('bar-actions').click();
    await expect(anne.testId('session-panel')).toHaveAttribute('data-panel', 'actions');
    await expect(anne.testId('tab-history')).toHaveCount(0);
    await expect(anne.testId('tab-facilitator')).toHaveCount(0);
    await expect(anne.testId('delete-board')).toHaveCount(0);
    await anne.testId('session-panel-close').click();
  });

  const spots = [
    { x: 200, y: 200 },
    { x: 500, y: 320 },
    { x: 1500, y: 220 },
  ];
  await test.step('the facilitator writes notes; the reveal keeps a version just before it', async () => {
    for (const [i, text] of FIRST.entries()) await fenna.board.addNote(text, spots[i] as { x: number; y: number });
    await anne.board.expectNotes((notes) => notes.length === 3, 'three notes reached Anne');
    await fenna.testId('start-private').click();
    await fenna.expectSession((s) => s.privateMode, 'private round started');
    await fenna.testId('reveal').click();
    await fenna.expectSession((s) => !s.privateMode, 'revealed');
  });

  await test.step('the facilitator changes the board: one note deleted, one added', async () => {
    const gone = await fenna.board.note((n) => n.text === FIRST[0]);
    if (!gone) throw new Error('no first note');
    await fenna.board.clickNote(gone.id);
    await fenna.page.keyboard.press('Delete');
    await fenna.board.addNote('Later toegevoegd', { x: 700, y: 500 });
    await anne.board.expectNotes(
      (notes) =>
        notes.length === 3 &&
        notes.some((n) => n.text === 'Later toegevoegd') &&
        !notes.some((n) => n.text === FIRST[0]),
      'the change reached Anne',
    );
  });

  await test.step('Versies: the list, a preview of the version before the reveal, and restoring it', async () => {
    await fenna.testId('bar-history').click();
    const panel = fenna.testId('session-panel');
    await expect(panel).toHaveAttribute('data-panel', 'history');
    const item = panel.locator('[data-testid^="version-"][data-reason="before-reveal"]');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Voor onthullen');
    await expect(item).toContainText(/zojuist|minuut geleden|minuten geleden/);
    await fenna.screenshot('history-versions-1366x768');

    await item.click();
    const dialog = fenna.testId('version-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Versie van');
    await expect(fenna.testId('preview-count')).toHaveAttribute('data-count', '3');
    await expect(fenna.testId('preview-count')).toHaveText('3 briefjes');
    for (const text of FIRST) await expect(fenna.testId('version-preview')).toContainText(text);
    await expect(dialog.locator('.preview-zone', { hasText: 'Professionele cultuur' })).toContainText(
      FIRST[0] as string,
    );
    await expect(fenna.testId('version-preview')).not.toContainText('Later toegevoegd');
    await fenna.screenshot('history-preview-1366x768');

    await fenna.testId('restore-version').click();
    const confirm = fenna.testId('restore-confirm');
    await expect(confirm).toBeFocused();
    await expect(confirm).toContainText('Deze versie terugzetten?');
    await fenna.screenshot('history-restore-confirm-1366x768');
    await fenna.testId('confirm-restore').click();
    await expect(dialog).toBeHidden();
    // Focus goes back to the version that was opened.
    await expect(item).toBeFocused();

    const restored = (notes: { text: string }[]) =>
      notes.length === 3 &&
      FIRST.every((t) => notes.some((n) => n.text === t)) &&
      !notes.some((n) => n.text === 'Later toegevoegd');
    await anne.board.expectNotes(restored, "the restored notes on Anne's page");
    await fenna.board.expectNotes(restored, "the restored notes on Fenna's page");
    // The state before the restore was kept, so the restore can itself be undone.
    await expect(panel.locator('[data-reason="before-restore"]')).toHaveCount(1);
  });

  await test.step('retention: the facilitator sees the date and keeps the board longer', async () => {
    await fenna.testId('tab-facilitator').click();
    const expiry = fenna.testId('board-expiry');
    await expiry.scrollIntoViewIfNeeded();
    await expect(expiry).toHaveAttribute('data-expires-at', /^\d+$/);
    const before = Number(await expiry.getAttribute('data-expires-at'));
    expect(before - Date.now()).toBeGreaterThan(89 * DAY);
    await expect(expiry).toContainText(
      `Dit bord wordt verwijderd op ${await dayIn(fenna.page, before)} als niemand het gebruikt.`,
    );
    await fenna.testId('extend-days').selectOption('365');
    await fenna.testId('extend-board').click();
    await expect
      .poll(async () => Number(await expiry.getAttribute('data-expires-at')), { message: 'the date moved later' })
      .toBeGreaterThan(before + 364 * DAY);
    const after = Number(await expiry.getAttribute('data-expires-at'));
    await expect(expiry).toContainText(`verwijderd op ${await dayIn(fenna.page, after)}`);
    await expect(fenna.testId('toasts')).toContainText('Het bord blijft nu bewaard tot');
    const info = (await (await fetch(`${server.url}/api/boards/${board.id}`)).json()) as { expiresAt: number };
    expect(info.expiresAt).toBeGreaterThanOrEqual(after);
    await fenna.testId('lifecycle').scrollIntoViewIfNeeded();
    await fenna.screenshot('board-retention-1366x768');
    // In English too.
    await fenna.testId('language-switch').click();
    await expect(expiry).toContainText(
      `This board will be deleted on ${await dayIn(fenna.page, after, 'en-GB')} if nobody uses it.`,
    );
    await expect(fenna.testId('extend-board')).toHaveText('Keep longer');
    await fenna.testId('lifecycle').scrollIntoViewIfNeeded();
    await fenna.screenshot('board-retention-en-1366x768');
    await fenna.testId('language-switch').click();
    await expect(fenna.testId('extend-board')).toHaveText('Langer bewaren');
  });

  await test.step('deleting asks for the board name; Escape cancels and gives the focus back', async () => {
    await fenna.testId('delete-board').click();
    const dialog = fenna.testId('delete-dialog');
    await expect(dialog).toBeVisible();
    await expect(fenna.testId('delete-confirm-input')).toBeFocused();
    await fenna.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fenna.testId('delete-board')).toBeFocused();
  });

  await test.step('the facilitator deletes the board; everyone sees that it is gone', async () => {
    await fenna.testId('delete-board').click();
    const input = fenna.testId('delete-confirm-input');
    const confirm = fenna.testId('confirm-delete');
    await expect(input).toBeFocused();
    await expect(confirm).toBeDisabled();
    await input.fill('Studiedag');
    await expect(confirm).toBeDisabled();
    await input.fill(title);
    await expect(confirm).toBeEnabled();
    await fenna.screenshot('board-delete-1366x768');
    await confirm.click();

    await expect(fenna.page).toHaveURL(`${server.url}/`);
    const notice = fenna.testId('board-deleted-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`Het bord ‘${title}’ is definitief verwijderd`);
    await expect(notice).toBeFocused();
    await fenna.screenshot('home-deleted-1366x768');
    // This browser forgot its offline copies of the board.
    await expect
      .poll(() => fenna.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
      .not.toContain(`plg-board:${board.id}`);

    await expect(anne.testId('not-found')).toBeVisible();
    await expect(anne.testId('not-found')).toContainText('Dit bord bestaat niet (meer)');
    expect((await fetch(`${server.url}/api/boards/${board.id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/join/${board.joinCode}`)).status).toBe(404);
  });
});
