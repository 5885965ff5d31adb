import { seedNotes } from '../fixtures/seed.js';
import { expect, test } from '../fixtures/test.js';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
];

test('no XSS through note text, names, titles or imported files', async ({ createBoard, person, server }) => {
  const board = await createBoard({ title: PAYLOADS[2] });
  await seedNotes(
    server.url,
    board.id,
    PAYLOADS.map((text, i) => ({ x: 100 + i * 250, y: 100, text })),
  );
  // An imported backup carrying the same payloads.
  const backup = JSON.parse(
    await (
      await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${board.facilitatorKey}` },
      })
    ).text(),
  );
  backup.board.meta.title = PAYLOADS[0];
  const imported = await (
    await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(backup),
    })
  ).json();

  for (const url of [board.facilitatorUrl, imported.facilitatorUrl as string]) {
    const p = await person();
    const dialogs: string[] = [];
    p.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await p.open(url, PAYLOADS[1]);
    await expect.poll(async () => (await p.notes()).length).toBe(PAYLOADS.length);
    if (!(await p.page.getByTestId('list-view').isVisible())) await p.page.getByTestId('toggle-list').click();
    // The payloads show as text…
    await expect(p.page.getByTestId('list-view').getByRole('textbox').first()).toHaveValue(/./);
    await expect(p.page.getByTestId('presence-list')).toBeVisible();
    // …and none of them ran.
    expect(await p.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await p.page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  }
});

test('the page makes no third-party requests and works with every non-local request blocked', async ({
  createBoard,
  person,
}) => {
  const board = await createBoard();
  const p = await person();
  const foreign: string[] = [];
  await p.page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  await p.page.goto('/');
  await expect(p.page.getByTestId('create-form')).toBeVisible();
  await p.open(board.url, 'Anne');
  await p.addNote('Alles lokaal', { x: 300, y: 300 });
  expect(foreign).toEqual([]);
});

test('the facilitator key stays out of participants’ pages, requests and Referers', async ({ createBoard, person }) => {
  const board = await createBoard();
  const facilitator = await person();
  const requests: { url: string; referer?: string }[] = [];
  facilitator.page.on('request', (r) => requests.push({ url: r.url(), referer: r.headers().referer }));
  await facilitator.open(board.facilitatorUrl, 'Procesbegeleider');
  await facilitator.addNote('Hallo', { x: 300, y: 300 });

  const participant = await person();
  await participant.open(board.url, 'Deelnemer');
  await participant.page.getByTestId('share-button').click();
  const html = await participant.page.content();
  const storage = await participant.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(html).not.toContain(board.facilitatorKey);
  expect(storage).not.toContain(board.facilitatorKey);
  await expect(participant.page.getByTestId('share-facilitator')).toHaveCount(0);
  // The key never travels in a page URL or a Referer (only in the fragment, the websocket's key parameter and Bearer headers).
  for (const r of requests) {
    expect(r.referer ?? '').not.toContain(board.facilitatorKey);
    if (!r.url.includes('/ws/')) expect(r.url).not.toContain(board.facilitatorKey);
  }
});
