/**
 * Deleting a board removes its text from the SQLite file itself, not only from the tables:
 * after DELETE /api/boards/:id and a clean shutdown, the raw bytes of every file in DATA_DIR
 * (database, write-ahead log, shared memory) hold none of the board's note, draft or imported
 * text — while another board's text is still found there by the same scan.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { addNote, addNotesTo, draftsOf, notesOf, readSession, sessionOf } from '@plg/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { upload } from '../export/testHttp.js';
import { CSV_MIME } from '../import/readTable.js';
import { boardPolicy } from '../sync/policy.js';
import { command, join, type Person } from './sessionClient.js';
import { createBoard, removeDir, startServer, type TestServer, tempDataDir } from './startServer.js';
import { nextClose, until } from './yClient.js';

/** The files of the data directory (WAL before the database: a checkpoint moves pages that way). */
function dataFiles(dir: string): string[] {
  const order = (name: string) => (name.endsWith('-wal') ? 0 : name.endsWith('-shm') ? 1 : 2);
  return readdirSync(dir)
    .filter((name) => name.includes('sqlite'))
    .sort((a, b) => order(a) - order(b))
    .map((name) => joinPath(dir, name));
}

/** Which of the markers occur anywhere in the raw bytes of the data directory's files. */
function markersIn(dir: string, markers: string[]): string[] {
  const contents = dataFiles(dir).map((file) => readFileSync(file));
  return markers.filter((marker) => contents.some((bytes) => bytes.includes(Buffer.from(marker, 'utf8'))));
}

describe('a deleted board leaves no text in the database file', () => {
  const dataDir = tempDataDir();
  let server: TestServer | null = null;
  const people: Person[] = [];
  afterAll(async () => {
    for (const person of people.splice(0)) person.destroy();
    await server?.close();
    removeDir(dataDir);
  });

  it('zeroes the note, private draft, imported row and their versions; the WAL is emptied', async () => {
    server = await startServer({ dataDir });
    const unique = randomUUID().replaceAll('-', '');
    const noteMarker = `NOTE-MARKER-${unique}`;
    const draftMarker = `DRAFT-MARKER-${unique}`;
    const importMarker = `IMPORT-MARKER-${unique}`;
    const keptMarker = `KEPT-MARKER-${unique}`;
    const deleted = [noteMarker, draftMarker, importMarker];

    // A board that stays, with a note of its own: the scan below must still find that one.
    const kept = await createBoard(server.url, { title: 'Blijft' });
    await server.app.rooms.change(kept.id, boardPolicy, (doc) => {
      addNote(doc, { x: 0, y: 0, text: keptMarker }, 'server');
    });

    const board = await createBoard(server.url, { title: 'Weg ermee', template: 'plg', lang: 'nl' });
    const facilitator = await join(server.wsUrl, board.id, board.facilitatorKey);
    const anne = await join(server.wsUrl, board.id);
    people.push(facilitator, anne);

    // A note on the board (long enough to need overflow pages in its versions).
    const noteId = addNote(anne.board.doc, { x: 0, y: 0, text: `${noteMarker} ${'tekst '.repeat(300)}` }, 'anne');
    await until(facilitator.board, () => notesOf(facilitator.board.doc).has(noteId), 'note relayed');
    // Rows from a file (this also keeps a before-import version holding the note).
    const imported = await upload(
      server,
      `/api/boards/${board.id}/import`,
      `Zone;Tekst\r\nLeiderschap;${importMarker}`,
      CSV_MIME,
      board.facilitatorKey,
    );
    expect(imported.status).toBe(200);
    await until(facilitator.board, () => notesOf(facilitator.board.doc).size === 2, 'import relayed');
    // A private draft, stored in Anne's own document.
    expect((await command(server.url, board, { type: 'setPrivateMode', on: true })).status).toBe(200);
    await until(anne.board, () => readSession(sessionOf(anne.board.doc)).privateMode, 'private mode');
    addNotesTo(draftsOf(anne.own.doc), [{ x: 0, y: 0, text: draftMarker, authorId: anne.own.participantId }], 'a');
    await until(facilitator.board, () => readSession(sessionOf(facilitator.board.doc)).draftCount === 1, 'draft');
    await server.app.history.keep(board.id, 'manual');
    await server.app.rooms.flushNow();

    // The scan finds every marker while the board exists, and Anne's document is stored separately.
    expect(markersIn(dataDir, [...deleted, keptMarker]).sort()).toEqual([...deleted, keptMarker].sort());
    const docs = await server.storage.listDocs(board.id);
    expect(docs).toEqual(expect.arrayContaining([board.id, `${board.id}/p/${anne.own.participantId}`]));
    expect((await server.storage.listHistory(board.id)).length).toBeGreaterThanOrEqual(2);

    const closed = nextClose(facilitator.board);
    const res = await server.app.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}`,
      headers: { authorization: `Bearer ${board.facilitatorKey}` },
    });
    expect(res.statusCode).toBe(204);
    expect((await closed).code).toBe(4404);
    for (const person of people.splice(0)) person.destroy();
    for (const name of docs) expect(await server.storage.loadDoc(name)).toBeNull();
    expect(await server.storage.listDocs(board.id)).toEqual([]);
    expect(await server.storage.listHistory(board.id)).toEqual([]);
    expect((await server.app.inject({ method: 'GET', url: `/api/join/${board.joinCode}` })).statusCode).toBe(404);

    // Right after the deletion, while the server runs, neither the database nor its log holds it...
    expect(markersIn(dataDir, deleted)).toEqual([]);
    // ...and after a clean shutdown (log checkpointed) no file holds the deleted text.
    const stopping = server;
    server = null;
    await stopping.close();
    expect(dataFiles(dataDir)).toContain(stopping.storage.file);
    expect(markersIn(dataDir, deleted)).toEqual([]);
    expect(markersIn(dataDir, [keptMarker])).toEqual([keptMarker]);
  });
});
