import { expect, test } from '../fixtures/test.js';

test('the interface is Dutch by default and English on a switch, remembered', async ({ createBoard, person }) => {
  const board = await createBoard();
  const anne = await person();
  await anne.open(board.url, 'Anne');
  await expect(anne.page.getByTestId('connection-badge')).toContainText('verbonden');
  await expect(anne.page.getByTestId('share-button')).toContainText('Delen');
  await anne.page.getByTestId('language-switch').click();
  await expect(anne.page.getByTestId('connection-badge')).toContainText(/connected/i);
  await expect(anne.page.getByTestId('share-button')).toContainText('Share');
  await expect(anne.page.locator('html')).toHaveAttribute('lang', 'en');
  // Unrenamed zone labels follow the interface language.
  if (!(await anne.page.getByTestId('list-view').isVisible())) await anne.page.getByTestId('toggle-list').click();
  await expect(anne.page.getByTestId('list-zone-hr').getByRole('heading')).toContainText('HR policy');
  await anne.page.reload();
  await anne.waitSynced();
  await expect(anne.page.getByTestId('share-button')).toContainText('Share');
});
