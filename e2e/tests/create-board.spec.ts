import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/BoardPage.js';

test('a facilitator creates a PLG board in the UI and can copy the links', async ({ page, server }) => {
  const board = new BoardPage(page, server.url);
  await page.goto('/');
  await page.getByTestId('board-title-input').fill('Studiedag maart');
  // The PLG model is the default template.
  await expect(page.getByTestId('template-plg')).toBeChecked();
  await page.getByTestId('create-board').click();
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}#key=/);
  await board.open(page.url(), 'Procesbegeleider');

  // The model is drawn: five zones around the centre, listed per zone in the list view.
  const zones = await page.evaluate(() => {
    const plg = (
      window as unknown as {
        __plg: { doc: { getMap(n: string): { toJSON(): Record<string, { label: string; kind: string }> } } };
      }
    ).__plg;
    return Object.values(plg.doc.getMap('zones').toJSON()).map((z) => [z.label, z.kind]);
  });
  expect(zones).toEqual(
    expect.arrayContaining([
      ['Professionele cultuur', 'area'],
      ['Leiderschap', 'area'],
      ['Organisatiestructuur', 'area'],
      ['Informatiesysteem', 'area'],
      ['HR-beleid', 'area'],
      ['Leren en ontwikkelen van leerlingen', 'centre'],
    ]),
  );
  // A new board opens with the share dialog, so the links can be handed out at once.
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  const participants = await dialog.getByTestId('share-participants').getByRole('textbox').inputValue();
  const facilitator = await dialog.getByTestId('share-facilitator').getByRole('textbox').inputValue();
  expect(participants).toMatch(/\/b\/[A-Za-z0-9_-]{22}$/);
  expect(facilitator).toMatch(/\/b\/[A-Za-z0-9_-]{22}#key=[A-Za-z0-9_-]{22}$/);
  // Closed, the dialog opens again from the share button.
  await dialog.getByRole('button', { name: /sluiten/i }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('share-button').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-join-code').getByRole('textbox')).toHaveValue(/^[A-Z2-9]{3}-?[A-Z2-9]{3}$/);
});
