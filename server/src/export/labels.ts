/**
 * The words of every export in both report languages (headers, headings, captions).
 */
import type { Lang, NoteColorId } from '@plg/shared';

const nl = {
  product: 'PLG-bord',
  reportTitle: 'Verslag studiedag',
  unsorted: 'Nog niet ingedeeld',
  zone: 'Zone',
  group: 'Groep',
  text: 'Tekst',
  colour: 'Kleur',
  votes: 'Stemmen',
  author: 'Auteur',
  createdAt: 'Gemaakt op',
  who: 'Wie',
  what: 'Wat',
  when: 'Wanneer',
  done: 'Klaar',
  yes: 'ja',
  no: 'nee',
  count: 'Aantal',
  average: 'Gemiddelde',
  min: 'Minimum',
  max: 'Maximum',
  spread: 'Spreiding',
  date: 'Datum',
  participants: 'Deelnemers',
  notes: 'Briefjes',
  actions: 'Actiepunten',
  assessment: 'Zelfevaluatie',
  assessmentTitle: 'Waar staan we? Zelfevaluatie',
  otherNotes: 'Losse briefjes',
  continued: 'vervolg',
  noNotes: 'Geen briefjes in dit onderdeel.',
  noActions: 'Er zijn geen actiepunten vastgelegd.',
  noAssessment: 'Er is (nog) geen zelfevaluatie gedeeld.',
  board: 'Het bord',
  mostVotes: 'Meeste stemmen',
  vote: (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`),
  respondents: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  levels: ['beginnend', 'in ontwikkeling', 'gevorderd', 'verankerd'],
  page: (i: number, n: number) => `Pagina ${i} van ${n}`,
  sheetNotes: 'Briefjes',
  sheetActions: 'Actiepunten',
  sheetAssessment: 'Zelfevaluatie',
  colours: {
    yellow: 'geel',
    orange: 'oranje',
    red: 'rood',
    pink: 'roze',
    purple: 'paars',
    blue: 'blauw',
    teal: 'turquoise',
    green: 'groen',
    grey: 'grijs',
    white: 'wit',
  } as Record<NoteColorId, string>,
};

export type Labels = typeof nl;

const en: Labels = {
  product: 'PLG Board',
  reportTitle: 'Study day report',
  unsorted: 'Unsorted',
  zone: 'Zone',
  group: 'Group',
  text: 'Text',
  colour: 'Colour',
  votes: 'Votes',
  author: 'Author',
  createdAt: 'Created at',
  who: 'Who',
  what: 'What',
  when: 'When',
  done: 'Done',
  yes: 'yes',
  no: 'no',
  count: 'Count',
  average: 'Average',
  min: 'Minimum',
  max: 'Maximum',
  spread: 'Spread',
  date: 'Date',
  participants: 'Participants',
  notes: 'Notes',
  actions: 'Action points',
  assessment: 'Self-assessment',
  assessmentTitle: 'Where do we stand? Self-assessment',
  otherNotes: 'Other notes',
  continued: 'continued',
  noNotes: 'No notes in this element.',
  noActions: 'No action points were recorded.',
  noAssessment: 'No self-assessment has been shared (yet).',
  board: 'The board',
  mostVotes: 'Most votes',
  vote: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
  respondents: (n: number) => (n === 1 ? '1 participant' : `${n} participants`),
  levels: ['starting', 'developing', 'advanced', 'embedded'],
  page: (i: number, n: number) => `Page ${i} of ${n}`,
  sheetNotes: 'Notes',
  sheetActions: 'Action points',
  sheetAssessment: 'Self-assessment',
  colours: {
    yellow: 'yellow',
    orange: 'orange',
    red: 'red',
    pink: 'pink',
    purple: 'purple',
    blue: 'blue',
    teal: 'teal',
    green: 'green',
    grey: 'grey',
    white: 'white',
  },
};

export const LABELS: Record<Lang, Labels> = { nl, en };

/** A number with the report language's decimal separator (2,5 in Dutch). */
export function formatDecimal(value: number, lang: Lang, digits = 1): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A date as the report shows it: "25 november 2026" / "25 November 2026" (Dutch time). */
export function formatDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}
