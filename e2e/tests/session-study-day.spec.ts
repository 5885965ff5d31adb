/**
 * A whole study day, three people in their own browsers (the facilitator, Anne on a laptop and
 * Bram on a phone who joins by typing the code), plus the projector on the viewer link:
 * private brainstorm, reveal, clustering, dot voting within a budget, tallies, the
 * self-assessment with its radar chart, an action point, presentation mode and follow-me.
 */
import { expect, test } from '../fixtures/test.js';
import { SessionPage } from '../pages/SessionPage.js';

const ZONES = ['cultuur', 'leiderschap', 'structuur', 'informatie', 'hr'] as const;

test('a facilitated study day from joining to action points', async ({ createBoard, person }) => {
  test.setTimeout(240_000);
  const board = await createBoard({ title: 'Studiedag PLG — De Regenboog', template: 'plg', lang: 'nl' });
  const fleur = new SessionPage(await person());
  const anne = new SessionPage(await person());
  const bram = new SessionPage(await person({ viewport: { width: 390, height: 844 } }));

  await test.step('everyone joins; Bram types the join code on his phone', async () => {
    await fleur.open(board.facilitatorUrl, 'Fleur');
    await anne.open(board.url, 'Anne');
    await bram.joinByCode(board.joinCode, 'Bram');
    await expect(bram.testId('list-view')).toBeVisible();
    // Bram's name reached his private document (the voter list and exports read it there).
    await expect.poll(async () => (await bram.ownMap('profile')).name).toBe('Bram');
  });

  await test.step('private brainstorm: nobody sees another person’s drafts', async () => {
    await expect(fleur.testId('facilitator-panel')).toBeVisible();
    await fleur.screenshot('session-start-facilitator-1366x768');
    await fleur.testId('phase-next').click();
    await fleur.expectSession((s) => s.phaseId === 'verkennen', 'phase verkennen');
    await fleur.testId('start-private').click();
    await anne.expectSession((s) => s.privateMode, 'private at Anne');
    await bram.expectSession((s) => s.privateMode, 'private at Bram');

    const a1 = await anne.addDraft('GEHEIM Anne: samen lessen ontwerpen', { x: 250, y: 250 });
    const a2 = await anne.addDraft('GEHEIM Anne: feedback van leerlingen', { x: 550, y: 250 });
    await expect(anne.testId(`draft-${a1.id}`)).toBeVisible();
    await expect(anne.testId(`draft-${a1.id}`)).toContainText('privé — alleen jij ziet dit');
    const b1 = await bram.addDraftInList('cultuur', 'GEHEIM Bram: vaste overlegtijd');
    await expect(bram.testId(`list-draft-${b1.id}`)).toBeVisible();
    await expect(fleur.testId('draft-count')).toContainText('3 briefjes in voorbereiding');
    await anne.screenshot('session-private-laptop-1366x768');
    await bram.screenshot('session-private-phone-390x844');
    await fleur.screenshot('session-private-facilitator-1366x768');

    // Not on the shared board, not in the other's page, not in the other's documents.
    for (const [who, other] of [
      [anne, 'GEHEIM Bram'],
      [bram, 'GEHEIM Anne'],
      [fleur, 'GEHEIM'],
    ] as const) {
      expect(await who.page.content()).not.toContain(other);
      expect(JSON.stringify(await who.board.notes())).not.toContain(other);
      expect(JSON.stringify(await who.ownMap('drafts'))).not.toContain(other);
    }
    expect(a2.authorId).not.toBe('');
  });

  await test.step('reveal: every draft lands on the board at once', async () => {
    await fleur.testId('phase-next').click();
    await fleur.expectSession((s) => s.phaseId === 'onthullen', 'phase onthullen');
    await fleur.testId('suggest-reveal').click();
    for (const p of [fleur, anne, bram])
      await p.board.expectNotes((notes) => notes.filter((n) => n.text.startsWith('GEHEIM')).length === 3, 'revealed');
    await expect.poll(async () => (await anne.drafts()).length).toBe(0);
    await expect(anne.page.locator('[data-testid^="draft-"]')).toHaveCount(0);
  });

  await test.step('timer: every screen counts down from the server clock and shows time is up', async () => {
    await fleur.testId('timer-minutes').fill('0,2');
    await fleur.testId('timer-minutes').press('Enter');
    await expect(fleur.testId('session-bar').getByTestId('session-timer')).toContainText('0:12');
    await fleur.testId('timer-start').click();
    const timer = (p: SessionPage) => p.testId('session-bar').getByTestId('session-timer');
    for (const p of [anne, bram]) await expect(timer(p)).toHaveAttribute('data-status', 'running');
    for (const p of [anne, bram, fleur])
      await expect(timer(p)).toHaveAttribute('data-status', 'up', { timeout: 20_000 });
    await expect(timer(bram)).toContainText('Tijd is om!');
    await anne.screenshot('session-time-up-laptop-1366x768');
  });

  const notes = await anne.board.notes();
  const byText = (start: string) => notes.find((n) => n.text.startsWith(start))!;
  const [n1, n2, n3] = [byText('GEHEIM Anne: samen'), byText('GEHEIM Anne: feedback'), byText('GEHEIM Bram')];

  let groupId = '';
  await test.step('cluster: group two notes, name the group, drag a third onto its frame', async () => {
    await fleur.testId('phase-next').click();
    await anne.expectSession((s) => s.phaseId === 'clusteren', 'phase clusteren at Anne');
    await anne.board.clickNote(n1.id);
    await anne.board.clickNote(n2.id, ['Shift']);
    await anne.testId('group-selection').click();
    const name = anne.testId('group-name-input');
    await expect(name).toBeFocused();
    await name.fill('Samen leren');
    await name.press('Enter');
    await expect
      .poll(async () => Object.values(await fleur.boardMap('groups')).map((g) => (g as { label: string }).label))
      .toEqual(['Samen leren']);
    groupId = Object.keys(await anne.boardMap('groups'))[0]!;
    await expect(anne.testId(`group-${groupId}`)).toContainText('Samen leren');

    // Bram's note, wherever it is, dragged into the frame: it joins the group.
    const frame = (await anne.testId(`group-${groupId}`).boundingBox())!;
    const from = await anne.board.noteCenter(n3.id);
    await anne.board.dragNote(n3.id, frame.x + frame.width / 2 - from.x, frame.y + frame.height - 40 - from.y);
    await fleur.board.expectNotes((all) => all.find((n) => n.id === n3.id)?.groupId === groupId, 'dropped into group');

    // Dragging the frame by its title moves all its notes, in one move.
    const before = await fleur.board.notes();
    const handle = (await anne.testId(`group-${groupId}`).locator('.group-count').boundingBox())!;
    const zoom = (await anne.viewport()).zoom;
    await anne.page.mouse.move(handle.x + 5, handle.y + 5);
    await anne.page.mouse.down();
    for (let i = 1; i <= 10; i++) await anne.page.mouse.move(handle.x + 5 + 12 * i, handle.y + 5 + 8 * i);
    await anne.page.mouse.up();
    await fleur.board.expectNotes(
      (all) =>
        [n1, n2, n3].every((n) => {
          const was = before.find((b) => b.id === n.id)!;
          const now = all.find((a) => a.id === n.id)!;
          return Math.abs(now.x - was.x - 120 / zoom) < 2 && Math.abs(now.y - was.y - 80 / zoom) < 2;
        }),
      'group moved whole',
    );
  });

  await test.step('vote: two dots each, over budget impossible, no tallies while open', async () => {
    await fleur.testId('phase-next').click();
    await fleur.expectSession((s) => s.phaseId === 'stemmen', 'phase stemmen');
    await fleur.testId('voting-per').fill('2');
    await fleur.testId('open-voting').click();
    await anne.expectSession((s) => s.voting.status === 'open' && s.voting.perParticipant === 2, 'voting at Anne');
    await expect(anne.testId('dots-left')).toHaveText(/Nog 2 stippen/);

    await anne.testId(`upvote-${groupId}`).click();
    await anne.testId(`upvote-${n1.id}`).click();
    await expect(anne.testId('dots-left')).toHaveText(/Nog 0 stippen/);
    for (const id of [groupId, n1.id, n2.id, n3.id]) await expect(anne.testId(`upvote-${id}`)).toBeDisabled();

    // Bram on his phone: both dots on one note, from the list.
    await bram.testId(`upvote-${n3.id}`).click();
    await bram.testId(`upvote-${n3.id}`).click();
    await expect(bram.testId('dots-left')).toHaveText(/Nog 0 stippen/);
    await expect(bram.testId(`upvote-${n1.id}`)).toBeDisabled();
    await expect(fleur.testId('votes-cast')).toContainText('4 stippen geplaatst');
    await anne.screenshot('session-voting-laptop-1366x768');
    await bram.screenshot('session-voting-phone-390x844');
    expect((await anne.boardMap('results')).votes).toBeUndefined();
    await expect(anne.page.locator('[data-testid^="tally-"]')).toHaveCount(0);
  });

  await test.step('close voting: tallies on the notes and a ranked list', async () => {
    await fleur.testId('close-voting').click();
    await expect(anne.testId(`tally-${n3.id}`)).toContainText('2');
    await expect(anne.testId(`tally-${groupId}`)).toContainText('1');
    const results = await anne.openPanel('results');
    await expect(results.getByTestId(`result-${n3.id}`)).toContainText('GEHEIM Bram');
    await expect(results.locator('.result-item').first()).toHaveAttribute('data-testid', `result-${n3.id}`);
  });

  await test.step('self-assessment: private answers, then the team’s radar chart', async () => {
    await fleur.openPanel('facilitator');
    await fleur.testId('open-assessment').click();
    await expect(anne.testId('assessment-form')).toBeVisible();
    const levels = { anne: [1, 3, 2, 4, 2], bram: [3, 3, 2, 2, 4] };
    for (const [i, zone] of ZONES.entries())
      await anne.testId(`assess-${zone}-${levels.anne[i]}`).check({ force: true });
    for (const [i, zone] of ZONES.entries())
      await bram.testId(`assess-${zone}-${levels.bram[i]}`).check({ force: true });
    await expect(fleur.testId('assessed-count')).toContainText('2 personen');
    await fleur.testId('reveal-assessment').click();
    for (const p of [anne, bram, fleur]) await expect(p.testId('radar-chart')).toBeVisible();
    await expect(anne.testId('assessment-table')).toContainText('Professionele cultuur');
    await expect(anne.testId('assessment-gap')).toContainText('Professionele cultuur');
    await anne.screenshot('session-assessment-laptop-1366x768');
    await bram.screenshot('session-assessment-phone-390x844');
  });

  await test.step('action point from the group, who and when filled in', async () => {
    await fleur.openPanel('facilitator');
    await fleur.testId('phase-next').click();
    await expect(anne.testId('actions-panel')).toBeVisible();
    await fleur.testId(`group-${groupId}`).getByTestId('group-action').click();
    const item = fleur.testId('actions-panel').locator('.action-item').first();
    await expect(item.getByTestId('action-what')).toHaveValue('Samen leren');
    await item.getByTestId('action-who').fill('Fleur en Anne');
    await item.getByTestId('action-when').fill('voor de kerstvakantie');
    await item.getByTestId('action-when').press('Tab');
    await expect
      .poll(async () => Object.values(await anne.boardMap('actions')))
      .toEqual([expect.objectContaining({ what: 'Samen leren', who: 'Fleur en Anne', when: 'voor de kerstvakantie' })]);
  });

  await test.step('presentation mode on the projector, with the join code', async () => {
    const projector = new SessionPage(await person({ viewport: { width: 1920, height: 1080 } }));
    await projector.page.goto(`${board.viewerUrl}?present=1`);
    await projector.board.waitSynced();
    await expect(projector.testId('presentation')).toBeVisible();
    await expect(projector.testId('toolbar')).toHaveCount(0);
    await expect(projector.testId('presentation').getByTestId('current-phase')).toContainText('Actiepunten');
    await expect(projector.testId('stat-notes')).toContainText('3');
    await expect(projector.testId('stat-votes')).toContainText('4');
    await expect(projector.testId('radar-chart')).toHaveCount(0);
    await projector.screenshot('session-projector-1920x1080');
    await projector.testId('present-join').click();
    await expect(projector.testId('join-code-huge')).toContainText(
      `${board.joinCode.slice(0, 3)}-${board.joinCode.slice(3)}`,
    );
    await expect(projector.testId('join-qr')).toBeVisible();
    await projector.screenshot('session-projector-join-1920x1080');
  });

  await test.step('follow me: Anne’s view follows the facilitator’s until she pans', async () => {
    await fleur.openPanel('facilitator');
    await fleur.testId('toggle-follow').click();
    await expect(anne.testId('follow-banner')).toContainText('Je volgt de procesbegeleider');
    await fleur.setViewport({ x: -900, y: -500, zoom: 1.5 });
    const target = await fleur.viewCentre();
    await expect
      .poll(async () => {
        const c = await anne.viewCentre();
        return Math.hypot(c.x - target.x, c.y - target.y);
      })
      .toBeLessThan(5);
    // Anne zooms herself: she stops following, and can follow again.
    await anne.board.canvas().hover();
    await anne.page.mouse.wheel(0, 200);
    await expect(anne.testId('follow-banner')).toHaveAttribute('data-following', 'false');
    await anne.testId('follow-again').click();
    await expect
      .poll(async () =>
        Math.hypot(...Object.values(await anne.viewCentre()).map((v, i) => v - [target.x, target.y][i]!)),
      )
      .toBeLessThan(5);
  });

  await test.step('spotlight and summon move every screen', async () => {
    await fleur.testId('toggle-follow').click();
    await expect(anne.testId('follow-banner')).toHaveCount(0);
    await fleur.testId('spotlight-select').selectOption('leiderschap');
    await expect(anne.testId('spotlight')).toBeVisible();
    await expect(anne.testId('spotlight-banner')).toContainText('Spotlight op Leiderschap');
    const zone = (await anne.page.evaluate(
      () =>
        (
          window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } }
        ).__plg.doc
          .getMap('zones')
          .toJSON().leiderschap,
    )) as { x: number; y: number; width: number; height: number };
    await expect
      .poll(async () => {
        const c = await anne.viewCentre();
        return Math.hypot(c.x - (zone.x + zone.width / 2), c.y - (zone.y + zone.height / 2));
      })
      .toBeLessThan(5);
    await fleur.testId('spotlight-select').selectOption('');
    await expect(anne.testId('spotlight')).toHaveCount(0);

    await fleur.setViewport({ x: 300, y: -200, zoom: 0.8 });
    const here = await fleur.viewCentre();
    await fleur.testId('summon').click();
    await expect
      .poll(async () => {
        const c = await anne.viewCentre();
        return Math.hypot(c.x - here.x, c.y - here.y);
      })
      .toBeLessThan(5);
  });

  await test.step('screenshots: the phone and the laptop', async () => {
    await bram
      .testId('session-panel-close')
      .click()
      .catch(() => undefined);
    await bram.screenshot('session-phone-390x844');
    await anne.screenshot('session-laptop-1366x768');
    await fleur.screenshot('session-facilitator-1366x768');
  });
});
