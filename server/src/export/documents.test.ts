import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/startServer.js';
import { flat, pdfFacts } from './testDocuments.js';
import { addManyNotes, fillRichBoard, RICH_TEXTS } from './testFixtures.js';
import { boardWith, download, keepSample } from './testHttp.js';
import { escapeMarkdown } from './toMarkdown.js';

const HEADINGS = [
  'Professionele cultuur',
  'Leiderschap',
  'Organisatiestructuur',
  'Informatiesysteem',
  'Personeel & HR-beleid 🌱',
  'Nog niet ingedeeld',
];
const NOTES = Object.values(RICH_TEXTS).flat();

describe('PDF and Markdown export', () => {
  let server: TestServer;
  let board: { id: string; facilitatorKey: string };
  beforeAll(async () => {
    server = await startServer();
    board = await boardWith(server, (doc) => fillRichBoard(doc));
  });
  afterAll(() => server.close());

  it('writes a PDF with embedded fonts whose text holds the title, every zone heading and every note', async () => {
    const res = await download(server, `/api/boards/${board.id}/export.pdf`, board.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="studiedag-plg-een-team-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''Studiedag%20PLG%20%E2%80%94%20%C3%89%C3%A9n%20team%20\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    keepSample('report.pdf', res.body);
    const { text, pages, fonts } = pdfFacts(res.body);
    expect(text).toContain('Studiedag PLG — Één team');
    for (const heading of HEADINGS) expect(text).toContain(flat(heading));
    for (const note of NOTES) expect(text).toContain(flat(note));
    expect(text).toContain('Waar staan we? Zelfevaluatie');
    expect(text).toContain('Plan intervisie (één per maand)');
    // Every font is embedded (the "emb" column), none is a base-14 fallback.
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.map((r) => r.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'Symbola',
    ]);
    for (const row of rows) expect(row).toMatch(/ yes yes yes /);
    expect(pages).toBeLessThanOrEqual(10);
  });

  it('keeps a 500-note board to a sane number of pages, in English too', async () => {
    const big = await boardWith(server, (doc) => {
      fillRichBoard(doc);
      addManyNotes(doc, 500);
    });
    const res = await download(server, `/api/boards/${big.id}/export.pdf?lang=en`, big.facilitatorKey);
    keepSample('report-500-notes.pdf', res.body);
    const { text, pages, pageTexts } = pdfFacts(res.body);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(60);
    expect(text).toContain('Professional culture');
    expect(text).toContain('Action points');
    expect(text).toContain('500. ');
    // A table that runs onto the next page says there whose notes it lists, above the repeated header.
    expect(pageTexts.filter((page) => page.startsWith('Text Votes'))).toEqual([]);
    expect(
      pageTexts.filter((page) => page.startsWith('Professional culture · Other notes (continued) Text Votes')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(pageTexts.some((page) => page.startsWith('Leadership (continued) Text Votes'))).toBe(true);
  });

  it('writes Markdown with escaped user text, votes and an action table', async () => {
    const res = await download(server, `/api/boards/${board.id}/export.md`, board.facilitatorKey);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    keepSample('report.md', res.body);
    const md = res.body.toString('utf8');
    expect(md).toContain('# Studiedag PLG — Één team');
    expect(md).toContain('## Professionele cultuur');
    expect(md).toContain('### Samen leren _(2 stemmen)_');
    expect(md).toContain('- Één keer per week overleg ✨👩‍🏫 _(5 stemmen)_');
    expect(md).toContain('- \\*not bold\\* \\[link\\]\\(x\\) _(1 stem)_');
    expect(md).not.toContain('[link](x)');
    expect(md).toContain('| Wie | Wat | Wanneer | Zone | Klaar |');
    expect(md).toContain(
      '| Anne \\& Bram | Plan intervisie \\(één per maand\\) | maart 2027 | Professionele cultuur | ✓ |',
    );
  });

  it('escapes every Markdown construct in user text', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <b>x</b> # h | t ~s~ &amp; \\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<b\\>x\\</b\\> \\# h \\| t \\~s\\~ \\&amp; \\\\',
    );
    expect(escapeMarkdown('- item\n1. first\n= x')).toBe('\\- item<br>1\\. first<br>\\= x');
  });
});
