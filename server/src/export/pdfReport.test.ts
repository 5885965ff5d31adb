/**
 * What the PDF report says, read back with poppler-utils: the title page's figures, the board
 * picture page, notes ranked by votes within a zone, groups, the self-assessment, the action
 * points table, and the same report in English.
 */
import { addNote, readBoard, resultsOf, SERVER_ORIGIN } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotePlacer } from '../import/placeNotes.js';
import { startServer, type TestServer } from '../test/startServer.js';
import { formatDate } from './labels.js';
import { type PdfFacts, pdfFacts, pdfImages } from './testDocuments.js';
import { addRankedNotes, fillRichBoard, RANKED_TEXTS } from './testFixtures.js';
import { boardWith, download, keepSample } from './testHttp.js';

/** The rich board plus the three ranked notes: 9 + 3 notes; votes 5 + 1 + 3 + 2 (group) + 1 + 3. */
const FIGURES = { participants: 14, notes: 12, votes: 15, actions: 2 };

/** The page whose text holds `needle` (1-based), failing when there is none. */
function pageWith(pdf: PdfFacts, needle: string, from = 1): number {
  const index = pdf.pageTexts.findIndex((text, i) => i >= from - 1 && text.includes(needle));
  expect(index, `a page with "${needle}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** `count` lines of the zone pages (page 3 on), from the line that is exactly `first`. */
function zoneLines(pdf: PdfFacts, first: string, count: number): string[] {
  const lines = pdf.lines.slice(2).flat();
  const start = lines.indexOf(first);
  expect(start, `a line "${first}"`).toBeGreaterThanOrEqual(0);
  return lines.slice(start, start + count);
}

describe('PDF report content', () => {
  let server: TestServer;
  let nl: PdfFacts;
  let en: PdfFacts;
  const days: Record<'nl' | 'en', string[]> = { nl: [], en: [] };

  beforeAll(async () => {
    server = await startServer();
    const board = await boardWith(server, (doc) => {
      fillRichBoard(doc);
      addRankedNotes(doc);
    });
    const get = async (lang: 'nl' | 'en') => {
      // The report is dated at the export; a download across midnight may show either day.
      const before = formatDate(Date.now(), lang);
      const res = await download(server, `/api/boards/${board.id}/export.pdf?lang=${lang}`, board.facilitatorKey);
      days[lang] = [before, formatDate(Date.now(), lang)];
      expect(res.status).toBe(200);
      keepSample(`report-content-${lang}.pdf`, res.body);
      return pdfFacts(res.body);
    };
    nl = await get('nl');
    en = await get('en');
  });
  afterAll(() => server.close());

  it('opens with a title page holding the title, the date and the figures as on the board', () => {
    const [first] = nl.pageTexts;
    expect(first).toMatch(/^PLG-BORD · VERSLAG STUDIEDAG Studiedag PLG — Één team (\d{1,2} [a-z]+ \d{4}) /);
    expect(days.nl).toContain(/Één team (\d{1,2} [a-z]+ \d{4})/.exec(first ?? '')?.[1]);
    // Each figure stands in the box above its label (same column in the page layout).
    const figures = /^ *(\d+) +(\d+) +(\d+) +(\d+) *\n\s*Deelnemers +Briefjes +Stemmen +Actiepunten *$/m.exec(
      nl.layout[0] ?? '',
    );
    expect(figures?.slice(1).map(Number)).toEqual([
      FIGURES.participants,
      FIGURES.notes,
      FIGURES.votes,
      FIGURES.actions,
    ]);
    // The overview names each zone's most-voted note.
    expect(first).toContain('Informatiesysteem 4 Rangorde drie: data delen met ouders (3 stemmen)');
    expect(first).toContain('Professionele cultuur 3 Één keer per week overleg ✨👩🏫 (5 stemmen)');
  });

  it('draws the board as a vector picture on a landscape page with every zone label', () => {
    expect(nl.pageSizes[0]).toEqual({ width: 595.28, height: 841.89 });
    expect(nl.pageSizes[1]).toEqual({ width: 841.89, height: 595.28 });
    const picture = nl.pageTexts[1] ?? '';
    expect(picture.startsWith('Het bord ')).toBe(true);
    for (const label of [
      'Professionele cultuur',
      'Leiderschap',
      'Organisatiestructuur',
      'Informatiesysteem',
      'Personeel & HR-beleid',
      'Leren en ontwikkelen van leerlingen',
      'Samen leren',
    ])
      expect(picture).toContain(label);
    // The group's own votes next to its name, as its title bar shows them on the board.
    expect(nl.lines[1]).toContain('Samen leren 2');
    // Drawn from the document as vectors: no raster image anywhere in the file.
    expect(pdfImages(nl.file)).toEqual([]);
  });

  it('has a sane page order and no empty page', () => {
    // Title, picture, the zones (from page 3), the self-assessment, then the actions on the last page.
    expect(pageWith(nl, 'Professionele cultuur Gedeelde waarden', 3)).toBe(3);
    const assessment = pageWith(nl, 'Waar staan we? Zelfevaluatie');
    expect(assessment).toBeGreaterThan(3);
    expect(pageWith(nl, 'Actiepunten Wie Wat Wanneer', assessment)).toBe(nl.pages);
    expect(nl.pages).toBeGreaterThanOrEqual(5);
    expect(nl.pages).toBeLessThanOrEqual(8);
    nl.pageTexts.forEach((text, i) => {
      const body = text.replace(`Studiedag PLG — Één team Pagina ${i + 1} van ${nl.pages}`, '').trim();
      expect(body.length, `page ${i + 1} has content besides its footer`).toBeGreaterThan(40);
    });
  });

  it("lists a zone's notes ranked by votes, with their votes", () => {
    const [three, one, zero] = RANKED_TEXTS;
    expect(zoneLines(nl, 'Informatiesysteem', 9)).toEqual([
      'Informatiesysteem',
      'Gegevens, resultaten en observaties die het gesprek over het leren van leerlingen voeden.',
      'Zelfevaluatie: gemiddelde 1,3 · spreiding 1–2 · 3 deelnemers',
      '1 beginnend: 2 2 in ontwikkeling: 1 3 gevorderd: 0 4 verankerd: 0',
      'Tekst Stemmen Auteur',
      `${three} 3`,
      `${one} 1`,
      // Equal votes: the earlier note first.
      'Toetsdata samen bespreken (één keer per periode) 📊 0 p-informatie-0',
      `${zero} 0`,
    ]);
    expect(zoneLines(nl, 'Leiderschap', 7).slice(4)).toEqual([
      'Tekst Stemmen Auteur',
      'Schoolleider geeft ruimte voor café-overleg en ideeën 3 p-leiderschap-1',
      '=HYPERLINK("http://x","y") 0 p-leiderschap-0',
    ]);
  });

  it('shows the groups with their votes, then the other notes, with the self-assessment', () => {
    expect(zoneLines(nl, 'Professionele cultuur', 11)).toEqual([
      'Professionele cultuur',
      'Gedeelde waarden en normen, met het leren van leerlingen als gezamenlijke focus.',
      'Zelfevaluatie: gemiddelde 2,4 · spreiding 1–4 · 5 deelnemers',
      '1 beginnend: 1 2 in ontwikkeling: 2 3 gevorderd: 1 4 verankerd: 1',
      'Samen leren 2 stemmen',
      'Tekst Stemmen Auteur',
      'Één keer per week overleg ✨👩🏫 5 p-cultuur-0',
      'Leerlingen praten mee over hun leerdoelen 0 p-cultuur-1',
      'Losse briefjes',
      'Tekst Stemmen Auteur',
      '*not bold* [link](x) 1 p-cultuur-2',
    ]);
  });

  it('has a self-assessment page with the radar labels, the legend and the spread per zone', () => {
    const page = pageWith(nl, 'Waar staan we? Zelfevaluatie');
    const text = nl.pageTexts[page - 1] ?? '';
    for (const axis of ['Ø 2,4 · 1–4', 'Ø 3,3 · 3–4', 'Ø 2,0 · 2–2', 'Ø 1,3 · 1–2', 'Ø 4,0 · 4–4'])
      expect(text).toContain(axis);
    const lines = nl.lines[page - 1] ?? [];
    const legend = lines.indexOf('Gemiddelde Spreiding (minimum–maximum)');
    expect(legend).toBeGreaterThan(0);
    expect(lines.slice(legend + 1, legend + 8)).toEqual([
      '1 = beginnend · 2 = in ontwikkeling · 3 = gevorderd · 4 = verankerd',
      'Zone Aantal Gemiddelde Spreiding 1 2 3 4',
      'Professionele cultuur 5 2,4 1–4 1 2 1 1',
      'Leiderschap 3 3,3 3–4 0 0 2 1',
      'Organisatiestructuur 2 2,0 2–2 0 2 0 0',
      'Informatiesysteem 3 1,3 1–2 2 1 0 0',
      'Personeel & HR-beleid 🌱 1 4,0 4–4 0 0 0 1',
    ]);
  });

  it('ends with the action points as a wie / wat / wanneer table', () => {
    const layout = nl.layout[nl.pages - 1] ?? '';
    expect(layout).toMatch(/^ *Wie +Wat +Wanneer +Zone +Klaar *$/m);
    expect(layout).toMatch(/^ *Anne & Bram +Plan intervisie \(één per maand\) +maart 2027 +Professionele +✓ *$/m);
    expect(layout).toMatch(/^ *Directie +=1\+1 budget aanvragen +Q2 +Personeel & HR- *$/m);
  });

  it('writes the same report with English headings when asked for English', () => {
    const [first] = en.pageTexts;
    expect(first).toMatch(/^PLG BOARD · STUDY DAY REPORT Studiedag PLG — Één team /);
    expect(days.en.some((day) => first?.includes(day))).toBe(true);
    expect(en.layout[0]).toMatch(/^\s*Participants +Notes +Votes +Action points *$/m);
    expect(first).toContain('Zone Notes Most votes');
    expect(en.pageTexts[1]?.startsWith('The board ')).toBe(true);
    for (const heading of [
      'Professional culture',
      'Leadership',
      'Organisational structure',
      'Information system',
      'Unsorted',
      'Self-assessment: average 2.4 · spread 1–4 · 5 participants',
      '1 starting: 1 2 developing: 2 3 advanced: 1 4 embedded: 1',
      'Other notes',
      'Where do we stand? Self-assessment',
      'Action points',
      `Page 1 of ${en.pages}`,
    ])
      expect(en.text).toContain(heading);
    const lines = en.lines.flat();
    for (const line of ['Text Votes Author', 'Average Spread (minimum–maximum)', 'Zone Count Average Spread 1 2 3 4'])
      expect(lines).toContain(line);
    expect(en.layout[en.pages - 1]).toMatch(/^ *Who +What +When +Zone +Done *$/m);
    for (const dutch of ['Het bord', 'Deelnemers', 'Zelfevaluatie', 'Losse briefjes', 'Actiepunten', 'Pagina'])
      expect(en.text).not.toContain(dutch);
    // The notes themselves stay as they were written.
    expect(en.text).toContain(RANKED_TEXTS[0]);
  });

  it("never leaves a zone's heading at the bottom of a page without its first notes", async () => {
    // Two long notes that push Organisatiestructuur's heading to the bottom of page 3, while its
    // first (most-voted) note is too tall to fit under it there.
    const long =
      'Wij willen als team structureel tijd maken om bij elkaar in de klas te kijken en daarna samen te bespreken wat we zagen, zodat we van elkaar leren en de kwaliteit van de lessen omhoog gaat. Daarvoor is ruimte in het rooster nodig en een vaste afspraak met de schoolleiding over hoe vaak en wanneer. ';
    const board = await boardWith(server, (doc) => {
      fillRichBoard(doc);
      const snapshot = readBoard(doc);
      const placer = new NotePlacer(snapshot.zones, snapshot.notes);
      const at = (zone: string, text: string, createdAt: number) =>
        addNote(doc, { ...placer.place(zone), text, createdAt }, SERVER_ORIGIN);
      at('cultuur', `0. ${long}`, 1_790_000_200_000);
      const top = at('structuur', `TOP ${long}${long}`, 1_790_000_300_000);
      resultsOf(doc).set('votes', { ...(resultsOf(doc).get('votes') as object), [top]: { count: 9 } });
    });
    const res = await download(server, `/api/boards/${board.id}/export.pdf`, board.facilitatorKey);
    keepSample('report-long-notes.pdf', res.body);
    const pdf = pdfFacts(res.body);
    const headings = ['Professionele cultuur', 'Leiderschap', 'Organisatiestructuur', 'Informatiesysteem'];
    // The zone pages: after the title and picture pages, before the self-assessment page.
    const zonePages = pdf.lines.slice(0, pageWith(pdf, 'Waar staan we? Zelfevaluatie') - 1);
    for (const [i, lines] of zonePages.entries()) {
      if (i < 2) continue;
      for (const heading of headings) {
        const at = lines.indexOf(heading);
        if (at < 0) continue;
        // On the same page as the heading: its notes table, header and first row.
        const table = lines.indexOf('Tekst Stemmen Auteur', at);
        expect(table, `${heading} on page ${i + 1} has its notes below it`).toBeGreaterThan(at);
        expect(lines[table + 1], `${heading} on page ${i + 1}`).not.toMatch(/^Studiedag PLG — Één team Pagina/);
      }
    }
    expect(pdf.text).toContain('TOP Wij willen als team');
  });
});
