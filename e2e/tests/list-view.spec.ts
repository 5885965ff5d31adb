import { expect, test } from '../fixtures/test.js';

test('the list view adds a note to a zone that appears on the other’s canvas, and announces it', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  if (!(await bram.page.getByTestId('list-view').isVisible())) await bram.page.getByTestId('toggle-list').click();
  const section = bram.page.getByTestId('list-zone-leiderschap');
  await expect(section.getByRole('heading')).toContainText('Leiderschap');
  await section.getByTestId('list-add-leiderschap').click();
  const field = section.getByRole('textbox').last();
  await expect(field).toBeFocused();
  await bram.page.keyboard.type('Ruimte voor eigen initiatief');

  await anne.expectNotes((notes) => notes.some((n) => n.text === 'Ruimte voor eigen initiatief'), 'note at Anne');
  // It landed inside the Leiderschap zone on the canvas.
  const note = (await anne.note((n) => n.text === 'Ruimte voor eigen initiatief'))!;
  const cx = note.x + note.width / 2;
  const cy = note.y + note.height / 2;
  expect(cx).toBeGreaterThanOrEqual(1380);
  expect(cx).toBeLessThan(2720);
  expect(cy).toBeLessThan(860);
  // Anne's screen reader hears that someone else added a note.
  await expect(anne.page.getByTestId('live-announcer')).toContainText(/Ruimte voor eigen initiatief|briefje/i);

  // Editing in Anne's list changes Bram's copy; deleting from the list removes it everywhere.
  if (!(await anne.page.getByTestId('list-view').isVisible())) await anne.page.getByTestId('toggle-list').click();
  const item = anne.page.getByTestId(`list-note-${note.id}`);
  await item.getByRole('textbox').fill('Ruimte voor initiatief van iedereen');
  await bram.expectNotes(
    (notes) => notes.some((n) => n.text === 'Ruimte voor initiatief van iedereen'),
    'edit at Bram',
  );
  await anne.page.getByTestId(`list-delete-${note.id}`).click();
  await bram.expectNotes((notes) => notes.length === 0, 'deleted at Bram');
});
