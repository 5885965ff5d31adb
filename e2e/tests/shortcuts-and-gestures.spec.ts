/**
 * Keyboard shortcuts and note gestures in the real app (issue item 4, and the canvas keyboard
 * handling of item 7): what they do to the shared document, as a second browser receives it.
 * (Zoom and pan gestures are in canvas-navigation.spec.ts.)
 */
import { expect, test } from '../fixtures/test.js';
import type { NoteData } from '../pages/BoardPage.js';
import { boardAt, mouseDrag, uiState, viewport } from '../pages/Gestures.js';

const byId = (notes: NoteData[], id: string) => notes.find((n) => n.id === id);
const positions = (notes: NoteData[]) => notes.map((n) => `${n.id}@${n.x},${n.y},${n.width}x${n.height}`).sort();

test('N, Escape, Ctrl+D, Backspace, Ctrl+C/V, Ctrl+A+Delete, Ctrl+Z and Ctrl+Shift+Z, as another browser sees them', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const { page } = anne;
  const editor = page.locator('textarea.note-editor');
  const TEXT = 'Eerste idee\nop twee regels';

  // N: a new note, selected and in edit mode; what Anne types goes straight into it.
  const start = await anne.toScreen(600, 500);
  await page.mouse.move(start.x, start.y);
  await anne.canvas().focus();
  await page.keyboard.press('n');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Eerste idee');
  await page.keyboard.press('Enter');
  await page.keyboard.type('op twee regels');
  await bram.expectNotes((n) => n.length === 1 && n[0]?.text === TEXT, 'typed note at Bram');
  const original = (await anne.notes())[0]!;
  expect(await uiState(page)).toMatchObject({ editingId: original.id, selection: [original.id] });

  // Escape: out of edit mode, back on the canvas, the note still selected.
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(anne.canvas()).toBeFocused();
  expect(await uiState(page)).toMatchObject({ editingId: null, selection: [original.id] });

  // Ctrl+D: a copy with the same text, offset down-right, and the copy is selected.
  await page.keyboard.press('Control+d');
  await bram.expectNotes((n) => n.length === 2 && n.every((x) => x.text === TEXT), 'duplicate at Bram');
  const copy = (await bram.note((n) => n.id !== original.id))!;
  expect(copy.x).toBeGreaterThan(original.x);
  expect(copy.y).toBeGreaterThan(original.y);
  expect((await uiState(page)).selection).toEqual([copy.id]);

  // Backspace deletes the selection: only the copy goes.
  await page.keyboard.press('Backspace');
  await bram.expectNotes((n) => n.length === 1 && n[0]?.id === original.id, 'copy deleted at Bram');

  // Ctrl+C on the selected note, Ctrl+V with the pointer elsewhere: a copy centred there, the
  // same note (both lines, colour, size: the notes' own clipboard data, not flattened text).
  await anne.clickNote(original.id);
  await page.keyboard.press('Control+c');
  const target = await anne.toScreen(1500, 420);
  await page.mouse.move(target.x, target.y);
  const pointer = await boardAt(anne, target);
  await page.keyboard.press('Control+v');
  await bram.expectNotes((n) => n.length === 2 && n.every((x) => x.text === TEXT), 'paste at Bram');
  const pasted = (await bram.note((n) => n.id !== original.id))!;
  expect(pasted).toMatchObject({ color: original.color, width: original.width, height: original.height });
  expect(Math.abs(pasted.x + pasted.width / 2 - pointer.x)).toBeLessThan(2);
  expect(Math.abs(pasted.y + pasted.height / 2 - pointer.y)).toBeLessThan(2);
  expect((await uiState(page)).selection).toEqual([pasted.id]);

  // Ctrl+A selects every note; Delete empties the board.
  await page.keyboard.press('Control+a');
  await expect.poll(async () => (await uiState(page)).selection.sort()).toEqual([original.id, pasted.id].sort());
  await page.keyboard.press('Delete');
  await bram.expectNotes((n) => n.length === 0, 'board empty at Bram');

  // Ctrl+Z undoes that delete (both notes back as they were); Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await bram.expectNotes(
    (n) => n.length === 2 && n.every((x) => x.text === TEXT && [original.id, pasted.id].includes(x.id)),
    'undo at Bram',
  );
  await page.keyboard.press('Control+Shift+z');
  await bram.expectNotes((n) => n.length === 0, 'redo at Bram');
});

test('Tab moves keyboard focus to a note, Enter edits it, arrows nudge it (and pan with nothing selected)', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const { page } = anne;
  const left = await anne.addNote('Links', { x: 500, y: 400 });
  const right = await anne.addNote('Rechts', { x: 1500, y: 400 });
  await bram.expectNotes((n) => n.length === 2, 'both at Bram');
  // Reading order: same row, so left before right.
  expect(Math.round(left.y / 120)).toBe(Math.round(right.y / 120));

  await anne.canvas().focus();
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await uiState(page)).focusedId).toBe(left.id);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await uiState(page)).focusedId).toBe(right.id);
  await expect(anne.canvas()).toBeFocused();
  expect((await uiState(page)).selection).toEqual([right.id]);
  await expect(anne.canvas().locator('[aria-live="polite"]')).toContainText('Rechts');

  // Enter edits the focused note; the caret is at the end of its text.
  await page.keyboard.press('Enter');
  const editor = page.locator('textarea.note-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type(' erbij');
  await bram.expectNotes((n) => byId(n, right.id)?.text === 'Rechts erbij', 'edit at Bram');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // Arrows nudge the selected note by 10 board units, Shift+arrows by 50; the other stays.
  await page.keyboard.press('ArrowRight');
  await bram.expectNotes((n) => byId(n, right.id)?.x === right.x + 10, 'nudged right at Bram');
  await page.keyboard.press('Shift+ArrowDown');
  await bram.expectNotes((n) => byId(n, right.id)?.y === right.y + 50, 'nudged down at Bram');
  expect(byId(await bram.notes(), left.id)).toMatchObject({ x: left.x, y: left.y });

  // Escape clears the selection; now an arrow pans the camera (80 px) and moves no note.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await uiState(page)).selection).toEqual([]);
  const before = await viewport(page);
  const notesBefore = positions(await anne.notes());
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await viewport(page)).x).toBe(before.x + 80);
  expect(positions(await bram.notes())).toEqual(notesBefore);
});

test('the resize handle and the colour palette change the document for everyone', async ({ createBoard, person }) => {
  const board = await createBoard();
  const anne = await person();
  const bram = await person();
  await anne.open(board.url, 'Anne');
  await bram.open(board.url, 'Bram');
  const { page } = anne;
  const one = await anne.addNote('Een', { x: 500, y: 400 });
  const two = await anne.addNote('Twee', { x: 1100, y: 400 });
  const three = await anne.addNote('Drie', { x: 1700, y: 400 });
  await bram.expectNotes((n) => n.length === 3, 'three notes at Bram');

  // Drag the corner handle of the selected note: its size grows by the drag in board units.
  await anne.clickNote(one.id);
  const corner = await anne.toScreen(one.x + one.width, one.y + one.height);
  const { zoom } = await viewport(page);
  await mouseDrag(page, corner, { x: corner.x + 60, y: corner.y + 45 });
  const width = Math.round(one.width + 60 / zoom);
  const height = Math.round(one.height + 45 / zoom);
  await bram.expectNotes((n) => {
    const r = byId(n, one.id);
    return Boolean(r && Math.abs(r.width - width) <= 1 && Math.abs(r.height - height) <= 1);
  }, 'resized at Bram');
  expect(byId(await bram.notes(), one.id)).toMatchObject({ x: one.x, y: one.y });

  // Two notes selected (click, Shift+click); a palette of at least 8 named colours recolours both.
  await anne.clickNote(one.id);
  await anne.clickNote(two.id, ['Shift']);
  await expect.poll(async () => (await uiState(page)).selection.sort()).toEqual([one.id, two.id].sort());
  await page.getByTestId('color-picker-button').click();
  const options = page.locator('.color-option');
  expect(await options.count()).toBeGreaterThanOrEqual(8);
  const swatches = await options.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el.querySelector('.swatch')!).backgroundColor),
  );
  expect(new Set(swatches).size).toBe(swatches.length);
  for (const text of await options.allTextContents()) expect(text.trim().length).toBeGreaterThan(0);
  await page.getByTestId('color-teal').click();
  await bram.expectNotes(
    (n) => byId(n, one.id)?.color === '#9fe3d5' && byId(n, two.id)?.color === '#9fe3d5',
    'both teal at Bram',
  );
  expect(byId(await bram.notes(), three.id)?.color).toBe(three.color);
});
