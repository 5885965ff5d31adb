import { expect, test } from '../fixtures/test.js';

test('notes survive a server restart and a kill -9; the browsers reconnect by themselves', async ({
  createBoard,
  person,
  server,
}) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const a = await anne.addNote('Voor de herstart', { x: 300, y: 300 });
  await bram.expectNotes((notes) => notes.some((n) => n.id === a.id), 'relayed');

  await server.restart('SIGTERM');
  await anne.waitSynced();
  const b = await anne.addNote('Na de herstart', { x: 700, y: 300 });
  await bram.expectNotes((notes) => notes.some((n) => n.id === b.id), 'relayed after restart');

  await server.restart('SIGKILL');
  // A newcomer with an empty browser gets everything from the server alone.
  const carla = await person();
  await carla.open(board.url, 'Carla');
  expect((await carla.notes()).map((n) => n.text).sort()).toEqual(['Na de herstart', 'Voor de herstart']);
  await expect(anne.page.getByTestId('connection-badge')).toHaveAttribute('data-status', 'connected');
});
