/**
 * A person in a facilitated session, on top of BoardPage: joining by code, the session's state
 * and this person's private document as the browser holds them (`window.__plg.doc` / `.own`),
 * private drafts, the session panels, and the camera for follow-me.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { type BoardPage, type NoteData, waitForNew } from './BoardPage.js';

type Json = Record<string, unknown>;

export interface SessionJson {
  phaseId: string | null;
  privateMode: boolean;
  draftCount: number;
  votesCast: number;
  voting: { status: string; perParticipant: number };
  assessment: string;
  followMe: boolean;
  joinCode: string;
}

export class SessionPage {
  constructor(readonly board: BoardPage) {}

  get page(): Page {
    return this.board.page;
  }

  testId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** From the home page: types the join code, answers the name question, waits until synced. */
  async joinByCode(code: string, name: string): Promise<void> {
    await this.page.goto('/');
    const input = this.page.getByTestId('join-code');
    await input.fill(code.toLowerCase());
    await input.press('Enter');
    await expect(this.page).toHaveURL(/\/b\//);
    const dialog = this.page.getByTestId('name-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('textbox').press('Enter');
    await this.board.waitSynced();
    await this.waitOwnDoc();
  }

  /** Opens a link as `name` and waits for the private document too (not for viewers). */
  async open(url: string, name: string): Promise<void> {
    await this.board.open(url, name);
    await this.waitOwnDoc();
  }

  async waitOwnDoc(): Promise<void> {
    await this.page.waitForFunction(() => Boolean((window as unknown as { __plg?: { own?: unknown } }).__plg?.own));
  }

  /** The board document's `session` map in this browser. */
  async session(): Promise<SessionJson> {
    return this.page.evaluate(
      () =>
        (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): unknown } } } }).__plg.doc
          .getMap('session')
          .toJSON() as SessionJson,
    );
  }

  async expectSession(check: (s: SessionJson) => boolean, message: string): Promise<void> {
    await expect.poll(async () => check(await this.session()), { message, timeout: 15_000 }).toBe(true);
  }

  /** A top-level map of the board document (`results`, `groups`, `actions`…). */
  async boardMap(name: string): Promise<Json> {
    return this.page.evaluate(
      (n) =>
        (window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Json } } } }).__plg.doc
          .getMap(n)
          .toJSON(),
      name,
    );
  }

  /** A map of this person's private document (`drafts`, `votes`, `assessment`, `profile`). */
  async ownMap(name: string): Promise<Json> {
    return this.page.evaluate(
      (n) =>
        (window as unknown as { __plg: { own: { getMap(n: string): { toJSON(): Json } } } }).__plg.own
          .getMap(n)
          .toJSON(),
      name,
    );
  }

  async drafts(): Promise<NoteData[]> {
    return Object.values(await this.ownMap('drafts')) as NoteData[];
  }

  /** Writes a private draft on the canvas with the N key, like a note; returns it. */
  async addDraft(text: string, at: { x: number; y: number }): Promise<NoteData> {
    const before = new Set((await this.drafts()).map((n) => n.id));
    await this.board.typeNewNote(text, at);
    return waitForNew(() => this.drafts(), before, text);
  }

  /** Writes a private draft from the list view ("add a note here" in a zone). */
  async addDraftInList(zoneId: string, text: string): Promise<NoteData> {
    const before = new Set((await this.drafts()).map((n) => n.id));
    await this.testId(`list-add-${zoneId}`).click();
    const field = this.testId(`list-zone-${zoneId}`).locator('textarea:focus');
    await expect(field).toBeVisible();
    await field.fill(text);
    return waitForNew(() => this.drafts(), before, text);
  }

  /** Opens a session panel (Regie, Waar staan we?, Actiepunten, Uitslag) if it is not open. */
  async openPanel(id: 'facilitator' | 'assessment' | 'actions' | 'results'): Promise<Locator> {
    const panel = this.testId('session-panel');
    if ((await panel.getAttribute('data-panel').catch(() => null)) !== id) {
      if (await panel.isVisible()) await this.testId(`tab-${id}`).click();
      else await this.testId(`bar-${id}`).click();
    }
    await expect(panel).toHaveAttribute('data-panel', id);
    return panel;
  }

  async viewport(): Promise<{ x: number; y: number; zoom: number }> {
    return this.page.evaluate(
      () =>
        (
          window as unknown as {
            __plg: { ui: { getState(): { viewport: { x: number; y: number; zoom: number } } } };
          }
        ).__plg.ui.getState().viewport,
    );
  }

  /** The board point at the centre of this person's canvas. */
  async viewCentre(): Promise<{ x: number; y: number }> {
    const box = await this.board.canvas().boundingBox();
    if (!box) throw new Error('no canvas');
    const vp = await this.viewport();
    return { x: (box.width / 2 - vp.x) / vp.zoom, y: (box.height / 2 - vp.y) / vp.zoom };
  }

  async setViewport(vp: { x: number; y: number; zoom: number }): Promise<void> {
    await this.page.evaluate(
      (v) =>
        (window as unknown as { __plg: { ui: { getState(): { setViewport(v: unknown): void } } } }).__plg.ui
          .getState()
          .setViewport(v),
      vp,
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `screenshots/${name}.png` });
  }
}
