/**
 * Versions kept without anyone asking: before each CSV/XLSX import into a board, and
 * automatically after a while of activity (HISTORY_INTERVAL_MS, set small here).
 */
import { addNote, notesOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { upload } from '../export/testHttp.js';
import { CSV_MIME } from '../import/readTable.js';
import { createBoard } from './startServer.js';
import { type Suite, serverForSuite } from './suite.js';
import { connectClient, synced, until } from './yClient.js';

interface Version {
  id: number;
  reason: string;
  createdAt: number;
}

async function versionsOf(suite: Suite, boardId: string, key: string): Promise<Version[]> {
  const res = await suite.server.app.inject({
    method: 'GET',
    url: `/api/boards/${boardId}/history`,
    headers: { authorization: `Bearer ${key}` },
  });
  expect(res.statusCode).toBe(200);
  return res.json().versions as Version[];
}

async function previewTexts(suite: Suite, boardId: string, key: string, id: number): Promise<string[]> {
  const res = await suite.server.app.inject({
    method: 'GET',
    url: `/api/boards/${boardId}/history/${id}`,
    headers: { authorization: `Bearer ${key}` },
  });
  expect(res.statusCode).toBe(200);
  return (res.json().notes as { text: string }[]).map((n) => n.text).sort();
}

describe('a version is kept before each import into a board', () => {
  const suite = serverForSuite();

  it('lists a before-import version whose preview holds the board as it was', async () => {
    const board = await createBoard(suite.server.url, { title: 'Import', template: 'plg', lang: 'nl' });
    const writer = connectClient(suite.server.wsUrl, board.id);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    suite.track(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    const before = addNote(writer.doc, { x: 0, y: 0, text: 'al op het bord' }, 'w');
    await until(watcher, () => notesOf(watcher.doc).has(before), 'note relayed');

    // A file the route refuses keeps no version.
    const refused = await upload(
      suite.server,
      `/api/boards/${board.id}/import`,
      'a;b',
      'text/plain',
      board.facilitatorKey,
    );
    expect(refused.status).toBe(415);
    expect(await versionsOf(suite, board.id, board.facilitatorKey)).toEqual([]);

    const first = await upload(
      suite.server,
      `/api/boards/${board.id}/import`,
      'Zone;Tekst\r\nLeiderschap;uit het eerste bestand',
      CSV_MIME,
      board.facilitatorKey,
    );
    expect(first.status).toBe(200);
    expect(first.json.added).toBe(1);
    await until(watcher, () => notesOf(watcher.doc).size === 2, 'first import relayed');

    const second = await upload(
      suite.server,
      `/api/boards/${board.id}/import`,
      'Zone;Tekst\r\nCultuur;uit het tweede bestand',
      CSV_MIME,
      board.facilitatorKey,
    );
    expect(second.status).toBe(200);
    await until(watcher, () => notesOf(watcher.doc).size === 3, 'second import relayed');

    // Newest first: one version per import, each holding the board just before that import.
    const versions = await versionsOf(suite, board.id, board.facilitatorKey);
    expect(versions.map((v) => v.reason)).toEqual(['before-import', 'before-import']);
    const [beforeSecond, beforeFirst] = versions as [Version, Version];
    expect(await previewTexts(suite, board.id, board.facilitatorKey, beforeFirst.id)).toEqual(['al op het bord']);
    expect(await previewTexts(suite, board.id, board.facilitatorKey, beforeSecond.id)).toEqual([
      'al op het bord',
      'uit het eerste bestand',
    ]);

    // Restoring the version undoes the import, and everyone sees it.
    const restore = await suite.server.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/history/${beforeFirst.id}/restore`,
      headers: { authorization: `Bearer ${board.facilitatorKey}` },
    });
    expect(restore.statusCode).toBe(200);
    await until(watcher, () => notesOf(watcher.doc).size === 1, 'restore relayed');
    expect(notesOf(watcher.doc).has(before)).toBe(true);
  });
});

describe('a version is kept automatically after a while of activity', () => {
  const intervalMs = 200;
  const suite = serverForSuite({ env: { HISTORY_INTERVAL_MS: String(intervalMs) } });

  it('keeps an auto version once the interval has passed with edits, not one per edit', async () => {
    const start = Date.now();
    const board = await createBoard(suite.server.url);
    const writer = connectClient(suite.server.wsUrl, board.id);
    const watcher = connectClient(suite.server.wsUrl, board.id);
    suite.track(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    const id = addNote(writer.doc, { x: 0, y: 0, text: 'auto-' }, 'w');
    await until(watcher, () => notesOf(watcher.doc).has(id), 'note relayed');
    const textAt = (doc: Y.Doc) => (notesOf(doc).get(id) as Y.Map<unknown>).get('text') as Y.Text;

    // Keep editing (each edit waits for its relay) and poll the history until an auto version
    // appears, within a bounded deadline.
    const deadline = Date.now() + 15_000;
    let edits = 1;
    let autos: Version[] = [];
    while (autos.length === 0) {
      if (Date.now() > deadline) throw new Error(`no auto version after ${edits} edits`);
      const text = textAt(writer.doc);
      text.insert(text.length, 'x');
      edits++;
      const length = text.length;
      await until(watcher, () => textAt(watcher.doc).length === length, 'edit relayed');
      autos = (await versionsOf(suite, board.id, board.facilitatorKey)).filter((v) => v.reason === 'auto');
    }
    const elapsed = Date.now() - start;

    // Not before the interval, and at most one per interval however many edits were made.
    const auto = autos[autos.length - 1] as Version;
    expect(auto.createdAt - start).toBeGreaterThanOrEqual(intervalMs);
    expect(autos.length).toBeLessThanOrEqual(Math.floor(elapsed / intervalMs) + 1);
    expect(autos.length).toBeLessThan(edits);
    // The version holds the board as it was then: the note, with some of the edits.
    const [text] = await previewTexts(suite, board.id, board.facilitatorKey, auto.id);
    expect(text).toMatch(/^auto-x*$/);
  });
});
