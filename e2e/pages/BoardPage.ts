/**
 * A person on a board: opens links, answers the name question, and reads and drives the board
 * through the UI (canvas, list view, toolbar) and through `window.__plg` for what pixels hide.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface NoteData {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  authorId: string;
  groupId?: string;
}

export class BoardPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens a board link and, when asked, gives a display name. Waits until synced. */
  async open(url: string, name = 'Deelnemer'): Promise<void> {
    await this.page.goto(url);
    const dialog = this.page.getByTestId('name-dialog');
    const badge = this.page.getByTestId('connection-badge');
    await expect(dialog.or(badge).first()).toBeVisible();
    if (await dialog.isVisible()) {
      await dialog.getByRole('textbox').fill(name);
      await dialog.getByRole('textbox').press('Enter');
      await expect(dialog).toBeHidden();
    }
    await this.waitSynced();
  }

  async waitSynced(): Promise<void> {
    await expect(this.page.getByTestId('connection-badge')).toHaveAttribute('data-status', 'connected');
    await this.page.waitForFunction(() => {
      const plg = (window as unknown as { __plg?: { provider?: { synced: boolean } } }).__plg;
      return plg?.provider?.synced === true;
    });
  }

  canvas(): Locator {
    return this.page.getByTestId('board-canvas');
  }

  /** Every note in this browser's copy of the document. */
  async notes(): Promise<NoteData[]> {
    return this.page.evaluate(() => {
      const plg = (
        window as unknown as { __plg: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } }
      ).__plg;
      return Object.values(plg.doc.getMap('notes').toJSON()) as NoteData[];
    });
  }

  async note(predicate: (n: NoteData) => boolean): Promise<NoteData | undefined> {
    return (await this.notes()).find(predicate);
  }

  /** Waits until this browser's copy satisfies `check`. */
  async expectNotes(check: (notes: NoteData[]) => boolean, message = 'notes'): Promise<void> {
    await expect.poll(async () => check(await this.notes()), { message, timeout: 15_000 }).toBe(true);
  }

  /** The screen point (page coordinates) of a board point. */
  async toScreen(x: number, y: number): Promise<{ x: number; y: number }> {
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('no canvas');
    const vp = await this.page.evaluate(() => {
      const plg = (
        window as unknown as { __plg: { ui: { getState(): { viewport: { x: number; y: number; zoom: number } } } } }
      ).__plg;
      return plg.ui.getState().viewport;
    });
    return { x: box.x + vp.x + x * vp.zoom, y: box.y + vp.y + y * vp.zoom };
  }

  async noteCenter(id: string): Promise<{ x: number; y: number }> {
    const note = await this.note((n) => n.id === id);
    if (!note) throw new Error(`no note ${id}`);
    return this.toScreen(note.x + note.width / 2, note.y + note.height / 2);
  }

  /** Creates a note with the `N` key at the board point, types `text`, leaves edit mode. */
  async addNote(text: string, at: { x: number; y: number }): Promise<NoteData> {
    const before = new Set((await this.notes()).map((n) => n.id));
    await this.typeNewNote(text, at);
    return waitForNew(() => this.notes(), before, text);
  }

  /** Writes a new note at a board point the canvas's own way: the N key, typing, Escape. */
  async typeNewNote(text: string, at: { x: number; y: number }): Promise<void> {
    const p = await this.toScreen(at.x, at.y);
    await this.page.mouse.move(p.x, p.y);
    await this.canvas().focus();
    await this.page.keyboard.press('n');
    const editor = this.page.locator('textarea.note-editor');
    await expect(editor).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
  }

  /** Drags a note by (dx, dy) screen pixels with the mouse. */
  async dragNote(id: string, dx: number, dy: number): Promise<void> {
    const c = await this.noteCenter(id);
    await this.page.mouse.move(c.x, c.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) await this.page.mouse.move(c.x + (dx * i) / 10, c.y + (dy * i) / 10);
    await this.page.mouse.up();
  }

  async clickNote(id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    const c = await this.noteCenter(id);
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.mouse.click(c.x, c.y);
    for (const m of modifiers) await this.page.keyboard.up(m);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `screenshots/${name}.png` });
  }
}

/** Waits until `list` holds a note with `text` that was not among `before`, and returns it. */
export async function waitForNew(
  list: () => Promise<NoteData[]>,
  before: ReadonlySet<string>,
  text: string,
): Promise<NoteData> {
  let made: NoteData | undefined;
  await expect
    .poll(async () => {
      made = (await list()).find((n) => !before.has(n.id) && n.text === text);
      return Boolean(made);
    })
    .toBe(true);
  return made as NoteData;
}
