import { NOTE_COLORS } from '@plg/shared';
import { seedNotes } from '../fixtures/seed.js';
import { expect, test } from '../fixtures/test.js';

const SIZES = [
  { name: 'projector-1920x1080', width: 1920, height: 1080 },
  { name: 'laptop-1366x768', width: 1366, height: 768 },
  { name: 'phone-390x844', width: 390, height: 844 },
];

const TEXTS = [
  'We bespreken elke week leerlingresultaten',
  'Meer tijd voor collegiale consultatie',
  'Schoolleider geeft ruimte aan initiatief',
  'Data uit de toetsen samen duiden',
  'Werkplezier: vier successen',
  'Heldere overlegstructuur per bouw',
  'Één visie op leren ✨',
  'Nieuwe collega’s krijgen een maatje',
];

test('the board looks right on a projector, a laptop and a phone (screenshots saved for review)', async ({
  createBoard,
  person,
  server,
}) => {
  const board = await createBoard({ title: 'Studiedag PLG — De Regenboog', template: 'plg', lang: 'nl' });
  const spots = [
    [150, 150],
    [450, 350],
    [1550, 150],
    [1900, 400],
    [150, 1100],
    [1000, 1150],
    [2000, 1150],
    [2300, 1400],
  ] as const;
  await seedNotes(
    server.url,
    board.id,
    spots.map(([x, y], i) => ({ x, y, text: TEXTS[i] as string, color: NOTE_COLORS[i % NOTE_COLORS.length]!.hex })),
  );
  for (const size of SIZES) {
    const p = await person({ viewport: { width: size.width, height: size.height } });
    await p.open(board.url, 'Anne');
    await expect.poll(async () => (await p.notes()).length).toBe(TEXTS.length);
    await p.screenshot(`board-${size.name}`);
    if (size.width < 600) {
      // On a phone the list view is the default; the canvas is one tap away.
      await expect(p.page.getByTestId('list-view')).toBeVisible();
      await p.page.getByTestId('view-canvas').click();
      await p.screenshot(`board-${size.name}-canvas`);
    }
  }
  const home = await person();
  await home.page.goto('/');
  await home.screenshot('home-1366x768');
});
