/**
 * The Word report, unzipped and read from word/document.xml: real Title/Heading styles in the
 * order of the report, and every table cell by cell (key figures, zone overview, each zone's
 * self-assessment and notes ranked by votes, the self-assessment across zones, the actions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/startServer.js';
import { formatDate } from './labels.js';
import { type DocxContent, readDocx } from './testDocuments.js';
import { addRankedNotes, fillRichBoard, RANKED_TEXTS, RICH_TEXTS } from './testFixtures.js';
import { boardWith, download, keepSample } from './testHttp.js';

const [THREE, ONE, ZERO] = RANKED_TEXTS;
const NOTES_HEADER = ['Tekst', 'Stemmen', 'Auteur'];

describe('DOCX report', () => {
  let server: TestServer;
  let nl: DocxContent;
  let en: DocxContent;
  const days: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const board = await boardWith(server, (doc) => {
      fillRichBoard(doc);
      addRankedNotes(doc);
    });
    const get = async (lang: 'nl' | 'en') => {
      days.push(formatDate(Date.now(), lang));
      const res = await download(server, `/api/boards/${board.id}/export.docx?lang=${lang}`, board.facilitatorKey);
      days.push(formatDate(Date.now(), lang));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      keepSample(`report-${lang}.docx`, res.body);
      return readDocx(res.body);
    };
    nl = await get('nl');
    en = await get('en');
  });
  afterAll(() => server.close());

  it('has a title and real headings for every zone, group, the self-assessment and the actions', () => {
    const zone = (label: string, ...parts: string[]) => [
      `Heading1: ${label}`,
      ...parts.map((part) => `Heading2: ${part}`),
    ];
    expect(nl.outline).toEqual([
      'Title: Studiedag PLG — Één team',
      'Heading1: Het bord',
      ...zone('Professionele cultuur', 'Zelfevaluatie', 'Samen leren (2 stemmen)', 'Losse briefjes'),
      ...zone('Leiderschap', 'Zelfevaluatie', 'Briefjes'),
      ...zone('Organisatiestructuur', 'Zelfevaluatie', 'Briefjes'),
      ...zone('Informatiesysteem', 'Zelfevaluatie', 'Briefjes'),
      ...zone('Personeel & HR-beleid 🌱', 'Zelfevaluatie', 'Briefjes'),
      ...zone('Nog niet ingedeeld', 'Briefjes'),
      'Heading1: Waar staan we? Zelfevaluatie',
      'Heading1: Actiepunten',
    ]);
    // Each zone's description, its self-assessment in words, and what the levels mean.
    expect(nl.paragraphs).toContain('Gedeelde waarden en normen, met het leren van leerlingen als gezamenlijke focus.');
    expect(nl.paragraphs).toContain('Gemiddelde: 2,4 · Spreiding: 1–4 · 5 deelnemers');
    expect(nl.paragraphs).toContain('Gemiddelde: 4,0 · Spreiding: 4–4 · 1 deelnemer');
    expect(nl.paragraphs).toContain('1 = beginnend · 2 = in ontwikkeling · 3 = gevorderd · 4 = verankerd');
    // The first zone starts on a new page after the title page; a heading stays with what follows it.
    expect(nl.xml).toContain(
      '<w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">Professionele cultuur</w:t>',
    );
    for (const text of ['Gedeelde waarden en normen', 'Gemiddelde: 2,4'])
      expect(nl.xml).toMatch(new RegExp(`<w:pPr><w:keepNext/></w:pPr><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t[^>]*>${text}`));
    for (const style of ['Heading1', 'Heading2'])
      expect(nl.styles).toMatch(new RegExp(`w:styleId="${style}">(?:(?!</w:style>).)*<w:keepNext/><w:keepLines/>`));
  });

  it('holds the figures, the overview, every note ranked by votes and the actions as tables', () => {
    const [date] = nl.tables[0]?.[1] ?? [];
    expect(days).toContain(date);
    const levels = ['1 beginnend', '2 in ontwikkeling', '3 gevorderd', '4 verankerd'];
    expect(nl.tables).toEqual([
      [
        ['Datum', 'Deelnemers', 'Briefjes', 'Stemmen', 'Actiepunten'],
        [date, '14', '12', '15', '2'],
      ],
      [
        ['Zone', 'Briefjes', 'Meeste stemmen'],
        ['Professionele cultuur', '3', 'Één keer per week overleg ✨👩‍🏫 (5 stemmen)'],
        ['Leiderschap', '2', 'Schoolleider geeft ruimte voor café-overleg en ideeën (3 stemmen)'],
        ['Organisatiestructuur', '1', ''],
        ['Informatiesysteem', '4', `${THREE} (3 stemmen)`],
        ['Personeel & HR-beleid 🌱', '1', ''],
        ['Nog niet ingedeeld', '1', ''],
      ],
      // Professionele cultuur: self-assessment, the group, the other notes.
      [levels, ['1', '2', '1', '1']],
      [
        NOTES_HEADER,
        ['Één keer per week overleg ✨👩‍🏫', '5', 'p-cultuur-0'],
        ['Leerlingen praten mee over hun leerdoelen', '0', 'p-cultuur-1'],
      ],
      [NOTES_HEADER, ['*not bold* [link](x)', '1', 'p-cultuur-2']],
      // Leiderschap
      [levels, ['0', '0', '2', '1']],
      [
        NOTES_HEADER,
        ['Schoolleider geeft ruimte voor café-overleg en ideeën', '3', 'p-leiderschap-1'],
        ['=HYPERLINK("http://x","y")', '0', 'p-leiderschap-0'],
      ],
      // Organisatiestructuur: the note's own line break is kept.
      [levels, ['0', '2', '0', '0']],
      [NOTES_HEADER, ['Vaste intervisie op woensdag\nmet coördinator', '0', 'p-structuur-0']],
      // Informatiesysteem: 3 before 1 before 0 votes, whatever order they were written in.
      [levels, ['2', '1', '0', '0']],
      [
        NOTES_HEADER,
        [THREE, '3', ''],
        [ONE, '1', ''],
        ['Toetsdata samen bespreken (één keer per periode) 📊', '0', 'p-informatie-0'],
        [ZERO, '0', ''],
      ],
      // Personeel & HR-beleid, then the unsorted notes.
      [levels, ['0', '0', '0', '1']],
      [NOTES_HEADER, ['Werkplezier: "ruimte" voor professionalisering & coaching', '0', 'p-hr-0']],
      [NOTES_HEADER, ['Nog een los idee: -5 minuten vergaderen', '0', 'p-unsorted-0']],
      // The self-assessment across zones: count, average, spread and how many chose each level.
      [
        ['Zone', 'Aantal', 'Gemiddelde', 'Spreiding', '1', '2', '3', '4'],
        ['Professionele cultuur', '5', '2,4', '1–4', '1', '2', '1', '1'],
        ['Leiderschap', '3', '3,3', '3–4', '0', '0', '2', '1'],
        ['Organisatiestructuur', '2', '2,0', '2–2', '0', '2', '0', '0'],
        ['Informatiesysteem', '3', '1,3', '1–2', '2', '1', '0', '0'],
        ['Personeel & HR-beleid 🌱', '1', '4,0', '4–4', '0', '0', '0', '1'],
      ],
      [
        ['Wie', 'Wat', 'Wanneer', 'Zone', 'Klaar'],
        ['Anne & Bram', 'Plan intervisie (één per maand)', 'maart 2027', 'Professionele cultuur', '✓'],
        ['Directie', '=1+1 budget aanvragen', 'Q2', 'Personeel & HR-beleid 🌱', ''],
      ],
    ]);
    // Every note of the board is in a table cell, exactly as written.
    const cells = nl.tables.flat(2);
    for (const note of [...Object.values(RICH_TEXTS).flat(), ...RANKED_TEXTS]) expect(cells).toContain(note);
  });

  it('repeats table headers on a new page and never splits a row', () => {
    const tables = [...nl.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(nl.tables.length);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
  });

  it('embeds the board picture and the radar chart as drawings (SVG), with the zones and notes in them', () => {
    const svgs = nl.svgs;
    expect(svgs).toHaveLength(2);
    const board = svgs.find((svg) => svg.includes('Leiderschap') && svg.includes('<rect'));
    const radar = svgs.find((svg) => svg.includes('<polygon'));
    expect(board).toBeDefined();
    expect(radar).toContain('Ø 2,4');
    for (const label of ['Professionele cultuur', 'Organisatiestructuur', 'Informatiesysteem']) {
      expect(board).toContain(label);
      expect(radar).toContain(label);
    }
    expect(board).toContain('Leerlingen praten');
    expect(board).toContain('&amp;');
  });

  it('is written in English when asked for English', () => {
    expect(en.outline).toEqual([
      'Title: Studiedag PLG — Één team',
      'Heading1: The board',
      'Heading1: Professional culture',
      'Heading2: Self-assessment',
      'Heading2: Samen leren (2 votes)',
      'Heading2: Other notes',
      ...['Leadership', 'Organisational structure', 'Information system', 'Personeel & HR-beleid 🌱'].flatMap(
        (zone) => [`Heading1: ${zone}`, 'Heading2: Self-assessment', 'Heading2: Notes'],
      ),
      'Heading1: Unsorted',
      'Heading2: Notes',
      'Heading1: Where do we stand? Self-assessment',
      'Heading1: Action points',
    ]);
    const headers = en.tables.map((table) => table[0]);
    expect(headers[0]).toEqual(['Date', 'Participants', 'Notes', 'Votes', 'Action points']);
    expect(days).toContain(en.tables[0]?.[1]?.[0]);
    expect(headers[1]).toEqual(['Zone', 'Notes', 'Most votes']);
    expect(headers[2]).toEqual(['1 starting', '2 developing', '3 advanced', '4 embedded']);
    expect(headers[3]).toEqual(['Text', 'Votes', 'Author']);
    expect(headers.at(-2)).toEqual(['Zone', 'Count', 'Average', 'Spread', '1', '2', '3', '4']);
    expect(headers.at(-1)).toEqual(['Who', 'What', 'When', 'Zone', 'Done']);
    expect(en.paragraphs).toContain('Average: 2.4 · Spread: 1–4 · 5 participants');
  });
});
