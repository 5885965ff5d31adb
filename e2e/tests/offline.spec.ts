import { expect, test } from '../fixtures/test.js';

test('a laptop that loses wifi keeps editing and both converge when it is back', async ({ createBoard, person }) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const shared = await anne.addNote('Gedeeld', { x: 300, y: 300 });
  await bram.expectNotes((notes) => notes.some((n) => n.id === shared.id), 'shared note');

  await bram.page.context().setOffline(true);
  await expect(bram.page.getByTestId('connection-badge')).toHaveAttribute('data-status', 'offline');
  const offline = await bram.addNote('Offline geschreven', { x: 1600, y: 300 });
  const online = await anne.addNote('Terwijl Bram weg was', { x: 300, y: 1200 });
  await bram.dragNote(shared.id, 80, 0);

  await bram.page.context().setOffline(false);
  await bram.waitSynced();
  for (const p of [anne, bram]) {
    await p.expectNotes(
      (notes) => [offline.id, online.id, shared.id].every((id) => notes.some((n) => n.id === id)),
      'all notes on both',
    );
  }
  await anne.expectNotes(
    (notes) => (notes.find((n) => n.id === shared.id)?.x ?? 0) > shared.x + 40,
    'offline move arrived',
  );
  const texts = async (p: typeof anne) => JSON.stringify((await p.notes()).map((n) => [n.id, n.text, n.x, n.y]).sort());
  await expect.poll(async () => (await texts(anne)) === (await texts(bram))).toBe(true);
});
