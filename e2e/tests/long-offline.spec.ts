import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from '../fixtures/test.js';
import { BoardPage } from '../pages/BoardPage.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';

test('offline edits survive a browser restart and a server restart, then merge', async ({
  createBoard,
  person,
  server,
}) => {
  const board = await createBoard();
  const profile = mkdtempSync(join(tmpdir(), 'plg-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      baseURL: server.url,
      viewport: { width: 1366, height: 768 },
      locale: 'nl-NL',
    });
  try {
    let context = await launch();
    let laptop = new BoardPage(context.pages()[0] ?? (await context.newPage()), server.url);
    await laptop.open(board.url, 'Laptop');
    const colleague = await person();
    await colleague.open(board.url, 'Collega');

    await context.setOffline(true);
    await expect(laptop.page.getByTestId('connection-badge')).toHaveAttribute('data-status', 'offline');
    const a = await laptop.addNote('Offline in de trein', { x: 300, y: 300 });
    const b = await laptop.addNote('Nog een idee', { x: 1600, y: 300 });
    // The browser closes while offline: the edits live only in its IndexedDB now.
    await context.close();
    // Meanwhile the server restarts and the colleague keeps working.
    await server.restart('SIGKILL');
    await colleague.waitSynced();
    const c = await colleague.addNote('Van de collega', { x: 300, y: 1200 });

    context = await launch();
    laptop = new BoardPage(context.pages()[0] ?? (await context.newPage()), server.url);
    await laptop.open(board.url, 'Laptop');
    for (const p of [laptop, colleague]) {
      await p.expectNotes((notes) => [a.id, b.id, c.id].every((id) => notes.some((n) => n.id === id)), 'merged');
    }
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
