import { readBoard } from '@plg/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, upload } from '../export/testHttp.js';
import { CSV_MIME, XLSX_MIME } from '../import/readTable.js';
import { createBoard, startServer, type TestServer } from '../test/startServer.js';

async function notesByZone(server: TestServer, id: string): Promise<Record<string, string[]>> {
  const doc = await server.app.rooms.copyDoc(id);
  const out: Record<string, string[]> = {};
  for (const note of readBoard(doc!).notes) {
    const zone = note.zoneId ?? 'unsorted';
    out[zone] = [...(out[zone] ?? []), note.text];
  }
  return out;
}

describe('CSV and XLSX import into a board', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds CSV rows to the zones named by their Dutch labels and reports the rows it skipped', async () => {
    const board = await createBoard(server.url, { title: 'Import', template: 'plg', lang: 'nl' });
    const csv = [
      'Zone;Tekst;Kleur',
      'Professionele cultuur;Één keer per week overleg ✨;blauw',
      'leiderschap;Schoolleider faciliteert;',
      'HR-beleid;"Werkplezier; ""ruimte"" en coaching";groen',
      'Onbekend onderdeel;Komt bij nog niet ingedeeld;',
      ';Zonder zone;',
      'Leiderschap;;',
      `Leiderschap;${'x'.repeat(2001)};`,
    ].join('\r\n');
    const res = await upload(server, `/api/boards/${board.id}/import`, `\uFEFF${csv}`, CSV_MIME, board.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      added: 5,
      skipped: [
        { row: 7, reason: 'empty text' },
        { row: 8, reason: 'text longer than 2000 characters' },
      ],
    });
    expect(await notesByZone(server, board.id)).toEqual({
      cultuur: ['Één keer per week overleg ✨'],
      leiderschap: ['Schoolleider faciliteert'],
      hr: ['Werkplezier; "ruimte" en coaching'],
      unsorted: ['Komt bij nog niet ingedeeld', 'Zonder zone'],
    });
    const json = JSON.parse(
      (await download(server, `/api/boards/${board.id}/export.json`, board.facilitatorKey)).body.toString(),
    );
    expect(json.board.notes.find((n: { text: string }) => n.text.startsWith('Één')).color).toBe('#a8d4f7');
  });

  it('adds XLSX rows by English labels (and ids) on a Dutch board, placed on a free grid', async () => {
    const board = await createBoard(server.url, { title: 'Import', template: 'plg', lang: 'nl' });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ideas');
    sheet.addRows([
      ['Text', 'Zone'],
      ['Shared values', 'Professional culture'],
      ['Data walls', 'Information system'],
      ['Timetable for peer review', 'structuur'],
      ['Another value', 'professional culture'],
      [{ error: '#DIV/0!' }, 'Leadership'],
    ]);
    const body = Buffer.from(await book.xlsx.writeBuffer());
    const res = await upload(server, `/api/boards/${board.id}/import`, body, XLSX_MIME, board.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.json.added).toBe(4);
    expect(res.json.skipped).toEqual([{ row: 6, reason: 'cell A6 holds an error value' }]);
    expect(await notesByZone(server, board.id)).toEqual({
      cultuur: ['Shared values', 'Another value'],
      informatie: ['Data walls'],
      structuur: ['Timetable for peer review'],
    });
    const doc = await server.app.rooms.copyDoc(board.id);
    const [a, b] = readBoard(doc!).notes.filter((n) => n.zoneId === 'cultuur');
    // Side by side, not on top of each other.
    expect(Math.abs(a!.x - b!.x) >= a!.width || Math.abs(a!.y - b!.y) >= a!.height).toBe(true);
  });

  it('takes the first column as text when there is no header, and re-imports its own CSV export', async () => {
    const source = await createBoard(server.url, { title: 'Bron', template: 'plg', lang: 'nl' });
    const plain = await upload(
      server,
      `/api/boards/${source.id}/import`,
      'eerste idee\ntweede idee\n',
      `${CSV_MIME}; charset=utf-8`,
      source.facilitatorKey,
    );
    expect(plain.json).toEqual({ added: 2, skipped: [] });
    const exported = await download(server, `/api/boards/${source.id}/export.csv`, source.facilitatorKey);
    const target = await createBoard(server.url, { title: 'Kopie', template: 'plg', lang: 'en' });
    const again = await upload(
      server,
      `/api/boards/${target.id}/import`,
      exported.body,
      CSV_MIME,
      target.facilitatorKey,
    );
    expect(again.json).toEqual({ added: 2, skipped: [] });
    expect(await notesByZone(server, target.id)).toEqual({ unsorted: ['eerste idee', 'tweede idee'] });
  });

  it('refuses a missing or wrong key, an unknown type, an unreadable or oversized file, adding nothing', async () => {
    const board = await createBoard(server.url, { title: 'Import', template: 'plg', lang: 'nl' });
    const path = `/api/boards/${board.id}/import`;
    expect((await upload(server, path, 'a', CSV_MIME)).status).toBe(401);
    expect((await upload(server, path, 'a', CSV_MIME, 'wrong')).status).toBe(403);
    const json = await upload(server, path, '{}', 'application/json', board.facilitatorKey);
    expect(json.status).toBe(415);
    expect(json.json.error?.code).toBe('UNSUPPORTED');
    const broken = await upload(server, path, Buffer.from('not a zip'), XLSX_MIME, board.facilitatorKey);
    expect(broken.status).toBe(400);
    expect(broken.json.error?.message).toMatch(/not a readable Excel/);
    const big = await upload(server, path, Buffer.alloc(6 * 1024 * 1024, 97), CSV_MIME, board.facilitatorKey);
    expect(big.status).toBe(413);
    expect(big.json.error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await notesByZone(server, board.id)).toEqual({});
  });
});
