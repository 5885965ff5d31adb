/**
 * The report every human-readable export is drawn from: a board snapshot arranged per zone
 * (notes ranked by votes, groups, self-assessment), the action points and the key figures.
 */
import {
  assessmentStats,
  type BoardSnapshot,
  type Lang,
  type Note,
  noteColorByHex,
  type Zone,
  zoneText,
} from '@plg/shared';
import { formatDecimal, LABELS, type Labels } from './labels.js';

export interface ReportNote {
  id: string;
  text: string;
  /** Palette name in the report language, else the hex colour. */
  colourName: string;
  colour: string;
  votes: number;
  /** Who wrote it; null when the board is anonymous (the column is then left out). */
  author: string | null;
  createdAt: number;
  groupId?: string;
  groupLabel: string;
  zoneLabel: string;
}

export interface ReportGroup {
  id: string;
  label: string;
  votes: number;
  notes: ReportNote[];
}

export interface AssessmentSummary {
  count: number;
  average: number;
  min: number;
  max: number;
  /** How many participants chose level 1, 2, 3 and 4. */
  distribution: [number, number, number, number];
}

export interface ReportZone {
  /** null for the unsorted notes. */
  id: string | null;
  label: string;
  description: string;
  colour: string;
  notes: ReportNote[];
  groups: ReportGroup[];
  ungrouped: ReportNote[];
  assessment: AssessmentSummary | null;
}

export interface ReportAction {
  who: string;
  what: string;
  when: string;
  zoneLabel: string;
  done: boolean;
}

export interface Report {
  lang: Lang;
  t: Labels;
  title: string;
  templateId: string;
  createdAt: number;
  exportedAt: number;
  anonymous: boolean;
  participants: number;
  noteCount: number;
  voteCount: number;
  /** Area zones in order, then the unsorted notes when there are any. */
  zones: ReportZone[];
  actions: ReportAction[];
  /** Every zone (centre included) and note with geometry, for the board picture. */
  snapshot: BoardSnapshot;
}

/** Display names by public participant id (from the participants' private documents). */
export type AuthorNames = ReadonlyMap<string, string>;

/**
 * How an author is shown: nobody in anonymous mode; otherwise the name the participant gave, or,
 * for a writer who never gave one (a stock client, an import), their public id.
 */
export function authorLabel(
  note: Pick<Note, 'authorId'>,
  anonymous: boolean,
  names: AuthorNames = new Map(),
): string | null {
  if (anonymous) return null;
  if (!note.authorId) return '';
  return names.get(note.authorId) || note.authorId;
}

const byVotes = (a: { votes: number; createdAt: number }, b: { votes: number; createdAt: number }) =>
  b.votes - a.votes || a.createdAt - b.createdAt;

function summarise(levels: readonly number[] | undefined): AssessmentSummary | null {
  if (!levels || levels.length === 0) return null;
  const distribution: AssessmentSummary['distribution'] = [0, 0, 0, 0];
  for (const l of levels) distribution[l - 1] = (distribution[l - 1] ?? 0) + 1;
  return { ...assessmentStats(levels), distribution };
}

/** Arranges a snapshot into the report, in `lang`. */
export function buildReport(
  snapshot: BoardSnapshot,
  lang: Lang,
  exportedAt = Date.now(),
  names: AuthorNames = new Map(),
): Report {
  const t = LABELS[lang];
  const templateId = snapshot.meta?.templateId ?? 'empty';
  const anonymous = snapshot.session.anonymous;
  const tallies = snapshot.results.votes ?? {};
  const votesOf = (id: string) => tallies[id]?.count ?? 0;
  const areaZones = snapshot.zones.filter((z) => z.kind === 'area');
  const zoneLabels = new Map(snapshot.zones.map((z) => [z.id, zoneText(z, templateId, lang).label]));
  const groupLabels = new Map(snapshot.groups.map((g) => [g.id, g.label]));
  const notes: (ReportNote & { zoneId: string | null })[] = snapshot.notes.map((n) => {
    const palette = noteColorByHex(n.color);
    const note: ReportNote & { zoneId: string | null } = {
      id: n.id,
      text: n.text,
      colourName: palette ? t.colours[palette.id] : n.color,
      colour: n.color,
      votes: votesOf(n.id),
      author: authorLabel(n, anonymous, names),
      createdAt: n.createdAt,
      groupLabel: n.groupId ? (groupLabels.get(n.groupId) ?? '') : '',
      zoneLabel: n.zoneId ? (zoneLabels.get(n.zoneId) ?? t.unsorted) : t.unsorted,
      zoneId: n.zoneId,
    };
    if (n.groupId && groupLabels.has(n.groupId)) note.groupId = n.groupId;
    return note;
  });

  const section = (zone: Zone | null): ReportZone => {
    const id = zone ? zone.id : null;
    const mine = notes.filter((n) => n.zoneId === id).sort(byVotes);
    const groups: ReportGroup[] = snapshot.groups
      .map((g) => ({ id: g.id, label: g.label, votes: votesOf(g.id), notes: mine.filter((n) => n.groupId === g.id) }))
      .filter((g) => g.notes.length > 0)
      .sort((a, b) => b.votes - a.votes || sum(b.notes) - sum(a.notes) || a.label.localeCompare(b.label));
    const text = zone ? zoneText(zone, templateId, lang) : { label: t.unsorted, description: '' };
    return {
      id,
      label: text.label,
      description: text.description,
      colour: zone?.color ?? '#eeeeee',
      notes: mine,
      groups,
      ungrouped: mine.filter((n) => !n.groupId),
      assessment: id ? summarise(snapshot.results.assessment?.[id]) : null,
    };
  };
  const zones = areaZones.map(section);
  if (notes.some((n) => n.zoneId === null)) zones.push(section(null));

  return {
    lang,
    t,
    title: snapshot.meta?.title ?? '',
    templateId,
    createdAt: snapshot.meta?.createdAt ?? 0,
    exportedAt,
    anonymous,
    participants: snapshot.results.participantCount,
    noteCount: notes.length,
    voteCount: Object.values(tallies).reduce((s, v) => s + v.count, 0),
    zones,
    actions: snapshot.actions.map((a) => ({
      who: a.who,
      what: a.what,
      when: a.when,
      zoneLabel: a.zoneId ? (zoneLabels.get(a.zoneId) ?? '') : '',
      done: a.done,
    })),
    snapshot,
  };
}

function sum(notes: readonly ReportNote[]): number {
  return notes.reduce((s, n) => s + n.votes, 0);
}

/** The notes of the report in table order: per zone, ranked by votes. */
export function reportRows(report: Report): ReportNote[] {
  return report.zones.flatMap((z) => z.notes);
}

/**
 * The self-assessment as table rows for the documents: zone, respondents, average (in the
 * report's language), spread, and how many chose each level.
 */
export function assessmentRows(report: Report): string[][] {
  return report.zones.flatMap((z) => {
    const a = z.assessment;
    if (!a) return [];
    return [
      [
        z.label,
        String(a.count),
        formatDecimal(a.average, report.lang),
        `${a.min}–${a.max}`,
        ...a.distribution.map(String),
      ],
    ];
  });
}
