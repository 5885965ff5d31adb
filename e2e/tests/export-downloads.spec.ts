/**
 * Export and import through the UI, in Chromium: the facilitator downloads the whole board as a
 * PNG (print resolution, checked from the IHDR header) and the PDF report (read back with
 * pdftotext), and one PNG per zone (each at least 2× its zone's size); a JSON backup restored on
 * the home page opens as a new board with its notes; a CSV import lists the row it skipped;
 * pasted lines become one note each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks an export button and waits for the file it downloads. */
async function download(page: Page, testId: string): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { file, path };
}

/** The board's extent at 100 % zoom (board units = CSS pixels): zones and notes. */
async function boardExtent(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const plg = (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } })
      .__plg;
    const boxes = ['zones', 'notes'].flatMap(
      (name) =>
        Object.values(plg.doc.getMap(name).toJSON()) as { x: number; y: number; width: number; height: number }[],
    );
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    return { width: x1 - x0, height: y1 - y0 };
  });
}

/** Each area zone's size in board units, by its label (as the per-zone image is named). */
async function areaZoneSizes(page: Page): Promise<Record<string, { width: number; height: number }>> {
  return page.evaluate(() => {
    const plg = (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } })
      .__plg;
    const zones = Object.values(plg.doc.getMap('zones').toJSON()) as {
      kind: string;
      label: string;
      width: number;
      height: number;
    }[];
    return Object.fromEntries(
      zones.filter((z) => z.kind === 'area').map((z) => [z.label, { width: z.width, height: z.height }]),
    );
  });
}

test('the facilitator downloads the board as a print-quality PNG and the PDF report', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard({ title: 'Studiedag export', template: 'plg', lang: 'nl' });
  const anne = await person();
  await anne.open(board.facilitatorUrl, 'Anne');
  await anne.addNote('Samen leren elke week', { x: 400, y: 420 });
  const { page } = anne;

  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();

  const png = await download(page, 'export-png');
  expect(png.file.suggestedFilename()).toMatch(/^Studiedag export \d{4}-\d{2}-\d{2}\.png$/);
  const size = pngSize(readFileSync(png.path));
  const extent = await boardExtent(page);
  expect(size.width).toBeGreaterThanOrEqual(extent.width * 2);
  expect(size.height).toBeGreaterThanOrEqual(extent.height * 2);
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'done');

  // One image per area zone of the PLG model, named after the zone.
  const perZone: Download[] = [];
  page.on('download', (d) => perZone.push(d));
  await page.getByTestId('export-pngZones').click();
  await expect.poll(() => perZone.length).toBe(5);
  expect(perZone.map((d) => d.suggestedFilename()).sort()).toEqual(
    ['HR-beleid', 'Informatiesysteem', 'Leiderschap', 'Organisatiestructuur', 'Professionele cultuur'].map((zone) =>
      expect.stringMatching(new RegExp(`^Studiedag export - ${zone} \\d{4}-\\d{2}-\\d{2}\\.png$`)),
    ),
  );
  await expect(page.getByTestId('export-status')).toContainText('5 afbeeldingen gedownload');
  page.removeAllListeners('download');
  // Each zone's image is at print resolution too: at least 2× the zone's own size in board units.
  const zones = await areaZoneSizes(page);
  const imaged: string[] = [];
  for (const file of perZone) {
    const label = /^Studiedag export - (.+) \d{4}-\d{2}-\d{2}\.png$/.exec(file.suggestedFilename())?.[1] ?? '';
    expect(zones[label], `a zone named "${label}"`).toBeDefined();
    const zone = zones[label]!;
    const path = test.info().outputPath(`zone-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const zoneSize = pngSize(readFileSync(path));
    expect(zoneSize.width, label).toBeGreaterThanOrEqual(2 * zone.width);
    expect(zoneSize.height, label).toBeGreaterThanOrEqual(2 * zone.height);
    imaged.push(label);
  }
  expect(imaged.sort()).toEqual(Object.keys(zones).sort());

  const pdf = await download(page, 'export-pdf');
  expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  expect(text.stdout).toContain('Studiedag export');
  expect(text.stdout).toContain('Samen leren elke week');
});

test('a JSON backup restored on the home page opens as a new board with its notes', async ({ createBoard, person }) => {
  const board = await createBoard({ title: 'Back-up proef', template: 'plg', lang: 'nl' });
  const anne = await person();
  await anne.open(board.facilitatorUrl, 'Anne');
  await anne.addNote('Bewaard in de back-up', { x: 400, y: 420 });
  const { page } = anne;
  await page.getByTestId('export-button').click();
  const backup = await download(page, 'export-json');
  expect(backup.file.suggestedFilename()).toMatch(/^Back-up proef \d{4}-\d{2}-\d{2}\.json$/);

  await page.goto('/');
  await page.getByTestId('restore-backup-file').setInputFiles(backup.path);
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}#key=/);
  expect(page.url()).not.toContain(board.id);
  await anne.waitSynced();
  await anne.expectNotes((notes) => notes.some((n) => n.text === 'Bewaard in de back-up'), 'restored note');
  await expect(page.getByRole('heading', { name: 'Back-up proef' })).toBeVisible();
});

test('a CSV import adds notes and lists the row it skipped; pasted lines become notes', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard({ title: 'Import proef', template: 'plg', lang: 'nl' });
  const anne = await person();
  await anne.open(board.facilitatorUrl, 'Anne');
  const { page } = anne;
  await page.getByTestId('export-button').click();
  const csv = 'Tekst;Onderdeel\nSamen leren;Leiderschap\n;Leiderschap\nFeedback geven;Onbekend\n';
  await page
    .getByTestId('import-notes-file')
    .setInputFiles({ name: 'briefjes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('2 briefjes toegevoegd.');
  await expect(page.getByTestId('import-skipped')).toHaveText('Rij 3: lege tekst');
  await anne.expectNotes(
    (notes) => notes.some((n) => n.text === 'Samen leren') && notes.some((n) => n.text === 'Feedback geven'),
    'imported notes',
  );

  // A wrong kind of file is refused before anything is sent.
  await page
    .getByTestId('import-notes-file')
    .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('x') });
  await expect(result).toContainText('Kies een .csv- of .xlsx-bestand.');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  // Pasting several lines of plain text makes one note per line.
  await anne.canvas().focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Eerste regel\nTweede regel\nDerde regel');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await anne.expectNotes(
    (notes) => ['Eerste regel', 'Tweede regel', 'Derde regel'].every((t) => notes.some((n) => n.text === t)),
    'pasted lines',
  );
});
