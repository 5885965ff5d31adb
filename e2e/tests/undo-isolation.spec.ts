import { expect, test } from '../fixtures/test.js';

test('undo in one browser undoes only that person’s own work; redo brings it back', async ({ createBoard, person }) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const mine = await anne.addNote('Van Anne', { x: 200, y: 200 });
  const theirs = await bram.addNote('Van Bram', { x: 1600, y: 200 });
  await anne.expectNotes((notes) => notes.length === 2, 'both at Anne');

  await anne.canvas().focus();
  await anne.page.keyboard.press('Control+z');
  for (const p of [anne, bram]) {
    await p.expectNotes((notes) => notes.length === 1 && notes[0]?.id === theirs.id, 'only Bram’s note left');
  }
  // Nothing of Anne's is left to undo: Bram's note cannot be undone from Anne's browser.
  await expect(anne.page.getByTestId('action-undo')).toBeDisabled();
  await anne.page.keyboard.press('Control+z');
  await bram.expectNotes((notes) => notes.some((n) => n.id === theirs.id), 'Bram’s note stays');

  await anne.page.getByTestId('action-redo').click();
  for (const p of [anne, bram]) await p.expectNotes((notes) => notes.some((n) => n.id === mine.id), 'redo');
  expect((await bram.notes()).map((n) => n.text).sort()).toEqual(['Van Anne', 'Van Bram']);
});
