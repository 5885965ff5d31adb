import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/startServer.js';
import { fillRichBoard } from './testFixtures.js';
import { boardWith, download, keepSample } from './testHttp.js';

const parseCsv = (body: Buffer, delimiter: string) => {
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
};

describe('CSV and XLSX export', () => {
  let server: TestServer;
  let board: { id: string; facilitatorKey: string };
  beforeAll(async () => {
    server = await startServer();
    board = await boardWith(server, (doc) => fillRichBoard(doc));
  });
  afterAll(() => server.close());

  it('writes one CSV row per note with zone, group, votes and UTF-8 text, `;`-separated with a BOM', async () => {
    const res = await download(server, `/api/boards/${board.id}/export.csv`, board.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    keepSample('notes.csv', res.body);
    const { data, meta } = parseCsv(res.body, ';');
    expect(meta.fields).toEqual(['Zone', 'Groep', 'Tekst', 'Kleur', 'Stemmen', 'Auteur', 'Gemaakt op']);
    expect(data).toHaveLength(9);
    expect(data[0]).toMatchObject({
      Zone: 'Professionele cultuur',
      Groep: 'Samen leren',
      Tekst: 'Één keer per week overleg ✨👩‍🏫',
      Kleur: 'geel',
      Stemmen: '5',
      Auteur: 'p-cultuur-0',
    });
    expect(data.find((r) => r.Tekst?.startsWith('Vaste'))?.Tekst).toBe('Vaste intervisie op woensdag\nmet coördinator');
    expect(data.find((r) => r.Zone === 'Personeel & HR-beleid 🌱')).toBeDefined();
    expect(data.at(-1)).toMatchObject({ Zone: 'Nog niet ingedeeld', Tekst: 'Nog een los idee: -5 minuten vergaderen' });
    expect(data.find((r) => r.Kleur === '#123456')).toBeDefined();
    expect(data.map((r) => r['Gemaakt op'])).toContain('2026-09-21T14:13:20.000Z');
    // Formula injection is neutralised.
    expect(data.map((r) => r.Tekst)).toContain('\'=HYPERLINK("http://x","y")');
    expect(data.map((r) => r.Tekst)).not.toContain('=HYPERLINK("http://x","y")');
  });

  it('uses `,` with ?sep=comma and English headers with ?lang=en', async () => {
    const res = await download(server, `/api/boards/${board.id}/export.csv?sep=comma&lang=en`, board.facilitatorKey);
    const { data, meta } = parseCsv(res.body, ',');
    expect(meta.fields).toEqual(['Zone', 'Group', 'Text', 'Colour', 'Votes', 'Author', 'Created at']);
    expect(data[0]).toMatchObject({ Zone: 'Professional culture', Colour: 'yellow', Votes: '5' });
    expect(data.at(-1)?.Zone).toBe('Unsorted');
  });

  it('leaves the author column out entirely on an anonymous board', async () => {
    const anon = await boardWith(server, (doc) => fillRichBoard(doc, { anonymous: true }));
    const csv = await download(server, `/api/boards/${anon.id}/export.csv`, anon.facilitatorKey);
    expect(parseCsv(csv.body, ';').meta.fields).not.toContain('Auteur');
    expect(csv.body.toString('utf8')).not.toContain('p-cultuur');
    const xlsx = await download(server, `/api/boards/${anon.id}/export.xlsx`, anon.facilitatorKey);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const header = (book.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).not.toContain('Auteur');
    for (const format of ['md', 'docx', 'pdf'])
      expect((await download(server, `/api/boards/${anon.id}/export.${format}`, anon.facilitatorKey)).status).toBe(200);
    const md = await download(server, `/api/boards/${anon.id}/export.md`, anon.facilitatorKey);
    expect(md.body.toString('utf8')).not.toMatch(/p-cultuur|Voter-/);
  });

  it('writes an XLSX with notes, action points and self-assessment that exceljs reads back', async () => {
    const res = await download(server, `/api/boards/${board.id}/export.xlsx`, board.facilitatorKey);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    keepSample('board.xlsx', res.body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Briefjes', 'Actiepunten', 'Zelfevaluatie']);
    const [notes, actions, assessment] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(notes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(notes.getRow(1).font?.bold).toBe(true);
    expect(notes.rowCount).toBe(10);
    expect(notes.getRow(2).values).toEqual([
      undefined,
      'Professionele cultuur',
      'Samen leren',
      'Één keer per week overleg ✨👩‍🏫',
      'geel',
      5,
      'p-cultuur-0',
      '2026-09-21T14:13:20.000Z',
    ]);
    const texts: string[] = [];
    notes.eachRow((row) => {
      const cell = row.getCell(3);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      texts.push(String(cell.value));
    });
    expect(texts).toContain('\'=HYPERLINK("http://x","y")');
    expect(actions.getRow(1).values).toEqual([undefined, 'Wie', 'Wat', 'Wanneer', 'Zone', 'Klaar']);
    expect(actions.getRow(2).values).toEqual([
      undefined,
      'Anne & Bram',
      'Plan intervisie (één per maand)',
      'maart 2027',
      'Professionele cultuur',
      'ja',
    ]);
    expect(actions.getRow(3).getCell(2).value).toBe("'=1+1 budget aanvragen");
    expect(assessment.getRow(2).values).toEqual([undefined, 'Professionele cultuur', 5, 2.4, 1, 4, 1, 2, 1, 1]);
    expect(assessment.rowCount).toBe(6);
  });
});
