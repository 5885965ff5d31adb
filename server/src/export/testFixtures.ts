/**
 * Test boards for the export and import tests: every kind of object (renamed zone, notes in
 * every zone and unsorted, Dutch text with diacritics and emoji, groups, actions, votes,
 * self-assessment, session flags), or many generated notes.
 */
import {
  addAction,
  addNote,
  groupNotes,
  initBoard,
  readBoard,
  resultsOf,
  SERVER_ORIGIN,
  sessionOf,
  updateAction,
  updateZone,
} from '@plg/shared';
import * as Y from 'yjs';
import { NotePlacer } from '../import/placeNotes.js';

const O = SERVER_ORIGIN;

export const RICH_TEXTS = {
  cultuur: ['Één keer per week overleg ✨👩‍🏫', 'Leerlingen praten mee over hun leerdoelen', '*not bold* [link](x)'],
  leiderschap: ['=HYPERLINK("http://x","y")', 'Schoolleider geeft ruimte voor café-overleg en ideeën'],
  structuur: ['Vaste intervisie op woensdag\nmet coördinator'],
  informatie: ['Toetsdata samen bespreken (één keer per periode) 📊'],
  hr: ['Werkplezier: "ruimte" voor professionalisering & coaching'],
  unsorted: ['Nog een los idee: -5 minuten vergaderen'],
} as const;

/** Fills an initialised PLG board (from `initBoard` or BoardService.create) with every kind of object. */
export function fillRichBoard(doc: Y.Doc, options: { anonymous?: boolean } = {}): void {
  const snapshot = readBoard(doc);
  const placer = new NotePlacer(snapshot.zones, snapshot.notes);
  const ids: Record<string, string[]> = {};
  let t = 1_790_000_000_000;
  for (const [zone, texts] of Object.entries(RICH_TEXTS)) {
    ids[zone] = texts.map((text, i) =>
      addNote(
        doc,
        {
          ...placer.place(zone === 'unsorted' ? null : zone),
          text,
          // A palette colour and, for the last one, a colour outside the palette.
          color: ['#fff176', '#a8d4f7', '#c5e89a', '#123456'][(t - 1_790_000_000_000) % 4],
          // Written before the board went anonymous: exports must still hide them.
          authorId: `p-${zone}-${i}`,
          createdAt: t++,
        },
        O,
      ),
    );
  }
  updateZone(doc, 'hr', { label: 'Personeel & HR-beleid 🌱' }, O);
  const cultuur = ids.cultuur as string[];
  const group = groupNotes(doc, cultuur.slice(0, 2), 'Samen leren', O, '#5b6b8c');
  const a = addAction(
    doc,
    {
      what: 'Plan intervisie (één per maand)',
      who: 'Anne & Bram',
      when: 'maart 2027',
      zoneId: 'cultuur',
      sourceId: group,
    },
    O,
  );
  addAction(doc, { what: '=1+1 budget aanvragen', who: 'Directie', when: 'Q2', zoneId: 'hr' }, O);
  updateAction(doc, a, { done: true }, O);
  doc.transact(() => {
    const results = resultsOf(doc);
    results.set('votes', {
      [cultuur[0] as string]: { count: 5, voters: ['Voter-Anne', 'Voter-Bram'] },
      [cultuur[2] as string]: { count: 1 },
      [(ids.leiderschap as string[])[1] as string]: { count: 3 },
      [group]: { count: 2 },
    });
    results.set('votesClosedAt', t);
    results.set('assessment', {
      cultuur: [1, 2, 2, 3, 4],
      leiderschap: [3, 3, 4],
      structuur: [2, 2],
      informatie: [1, 1, 2],
      hr: [4],
    });
    results.set('assessmentRevealedAt', t);
    results.set('participantCount', 14);
    const session = sessionOf(doc);
    session.set('anonymous', Boolean(options.anonymous));
    session.set('privateMode', true);
    session.set('phaseId', 'actiepunten');
    session.set('hideCursors', true);
  }, O);
}

/** A fresh PLG board document with every kind of object. */
export function richBoardDoc(options: { anonymous?: boolean; lang?: 'nl' | 'en' } = {}): Y.Doc {
  const doc = new Y.Doc();
  initBoard(
    doc,
    {
      title: 'Studiedag PLG — Één team',
      templateId: 'plg',
      lang: options.lang ?? 'nl',
      joinCode: 'ABC234',
      createdAt: 1_790_000_000_000,
    },
    O,
  );
  fillRichBoard(doc, options);
  return doc;
}

const WORDS =
  'leerlingen leraren overleg intervisie feedback ruimte coördinatie ideeën toetsdata werkplezier samen leren groei doelen tijd rooster team ouders coaching visie'.split(
    ' ',
  );

/** Adds `count` generated notes spread over the zones (every seventh unsorted), with some votes. */
export function addManyNotes(doc: Y.Doc, count: number): void {
  const snapshot = readBoard(doc);
  const areas = snapshot.zones.filter((z) => z.kind === 'area').map((z) => z.id);
  const placer = new NotePlacer(snapshot.zones, snapshot.notes);
  const votes: Record<string, { count: number }> = {};
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const words = Array.from({ length: 6 + (i % 14) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]);
      const zone = i % 7 === 6 ? null : (areas[i % Math.max(1, areas.length)] ?? null);
      const id = addNote(
        doc,
        { ...placer.place(zone), text: `${i + 1}. ${words.join(' ')}`, createdAt: 1_790_000_000_000 + i },
        O,
      );
      if (i % 5 === 0) votes[id] = { count: (i * 13) % 9 };
    }
    resultsOf(doc).set('votes', votes);
  }, O);
}

/**
 * Three notes for ranking checks in the Informatiesysteem zone, written in the opposite order of
 * their votes (0, 1, then 3), so only a ranking by votes puts them in the order of `RANKED_TEXTS`.
 */
export const RANKED_TEXTS = [
  'Rangorde drie: data delen met ouders',
  'Rangorde één: klassenbezoeken plannen',
  'Rangorde nul: dashboard opruimen',
] as const;

export function addRankedNotes(doc: Y.Doc): void {
  const snapshot = readBoard(doc);
  const placer = new NotePlacer(snapshot.zones, snapshot.notes);
  const [three, one, zero] = RANKED_TEXTS;
  const ids = [zero, one, three].map((text, i) =>
    addNote(doc, { ...placer.place('informatie'), text, createdAt: 1_790_000_100_000 + i }, O),
  );
  const votes = (resultsOf(doc).get('votes') ?? {}) as Record<string, { count: number }>;
  resultsOf(doc).set('votes', { ...votes, [ids[1] as string]: { count: 1 }, [ids[2] as string]: { count: 3 } });
}
