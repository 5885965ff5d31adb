import { expect, test } from '../fixtures/test.js';

test('two people on one board see each other’s notes, text, moves, colours, multi-select and deletes', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard({ title: 'Twee collega’s', template: 'plg', lang: 'nl' });
  const anne = await person();
  const bram = await person();
  await anne.open(board.facilitatorUrl, 'Anne');
  await bram.open(board.url, 'Bram');

  // Create and type (in place, multi-line) in Anne's browser; Bram sees it.
  const first = await anne.addNote('Samen leren\nelke week', { x: 300, y: 300 });
  await bram.expectNotes(
    (notes) => notes.some((n) => n.id === first.id && n.text === 'Samen leren\nelke week'),
    'note at Bram',
  );

  // Move by dragging: Bram's copy follows the drop.
  const before = (await bram.note((n) => n.id === first.id))!;
  await anne.dragNote(first.id, 120, 60);
  await bram.expectNotes((notes) => {
    const n = notes.find((x) => x.id === first.id);
    return Boolean(n && n.x > before.x + 50 && n.y > before.y + 20);
  }, 'moved at Bram');

  // Recolour the selected note.
  await anne.clickNote(first.id);
  await anne.page.getByTestId('color-picker-button').click();
  await anne.page.getByTestId('color-blue').click();
  await bram.expectNotes((notes) => notes.find((n) => n.id === first.id)?.color === '#a8d4f7', 'blue at Bram');

  // Bram adds one; Anne selects both (Ctrl+A), recolours them together, then deletes them together.
  const second = await bram.addNote('Leiderschap geeft ruimte', { x: 1600, y: 300 });
  await anne.expectNotes((notes) => notes.length === 2, 'two notes at Anne');
  await anne.canvas().focus();
  await anne.page.keyboard.press('Control+a');
  await anne.page.getByTestId('color-picker-button').click();
  await anne.page.getByTestId('color-green').click();
  await bram.expectNotes(
    (notes) => notes.length === 2 && notes.every((n) => n.color === '#c5e89a'),
    'both green at Bram',
  );
  expect((await bram.note((n) => n.id === second.id))?.text).toBe('Leiderschap geeft ruimte');
  await anne.canvas().focus();
  await anne.page.keyboard.press('Delete');
  await bram.expectNotes((notes) => notes.length === 0, 'both deleted at Bram');
});

test('a drag is visible to others while it happens, not only at the drop', async ({ createBoard, person }) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const note = await anne.addNote('Verschuif mij', { x: 400, y: 400 });
  await bram.expectNotes((notes) => notes.some((n) => n.id === note.id), 'note at Bram');
  const c = await anne.noteCenter(note.id);
  await anne.page.mouse.move(c.x, c.y);
  await anne.page.mouse.down();
  for (let i = 1; i <= 10; i++) await anne.page.mouse.move(c.x + i * 15, c.y + i * 5);
  // Mid-drag: Bram's presence shows Anne dragging this note, while the document is unchanged.
  await expect
    .poll(() =>
      bram.page.evaluate((id) => {
        const plg = (
          window as unknown as {
            __plg: { awareness: { getStates(): Map<number, { drag?: { ids: string[]; dx: number } | null }> } };
          }
        ).__plg;
        return [...plg.awareness.getStates().values()].some((s) => s.drag?.ids.includes(id) && s.drag.dx > 50);
      }, note.id),
    )
    .toBe(true);
  expect((await bram.note((n) => n.id === note.id))?.x).toBe(note.x);
  await anne.page.mouse.up();
  await bram.expectNotes((notes) => (notes.find((n) => n.id === note.id)?.x ?? 0) > note.x + 50, 'dropped at Bram');
});
