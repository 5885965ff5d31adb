/**
 * DOCX export (docx): the report as an editable Word document with real Heading 1/2 styles and
 * real tables, ready to paste into a school plan: title page with key figures and an overview
 * per zone, one section per zone (self-assessment, groups, notes ranked by votes as tables),
 * the self-assessment across zones, and the action points (wie / wat / wanneer).
 * The board picture and the radar chart are embedded as SVG (docx/svgPictures.ts), which Word
 * draws; other readers get a PNG of the same rectangles without text (docx/rasterFallback.ts),
 * with every figure still in the tables.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { boardSvg, radarSvg, type Svg } from './docx/svgPictures.js';
import { formatDate, formatDecimal } from './labels.js';
import { assessmentRows, type Report, type ReportNote, type ReportZone } from './reportModel.js';

const ACCENT = '2F4A6D';

/** Width of the text column on an A4 page, in the pixels docx measures images in. */
const PAGE_WIDTH_PX = 600;

/** A paragraph holding one drawing, scaled to the page width (never up). */
function picture(drawing: Svg): Paragraph {
  const scale = Math.min(1, PAGE_WIDTH_PX / drawing.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(drawing.svg, 'utf8'),
        fallback: { type: 'png', data: drawing.fallback },
        transformation: { width: Math.round(drawing.width * scale), height: Math.round(drawing.height * scale) },
      }),
    ],
  });
}

type Align = 'left' | 'right' | 'center';

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Text runs with real line breaks for the text's own new lines. */
function lines(text: string, style: { bold?: boolean; color?: string } = {}): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

function cell(text: string, options: { header?: boolean; width?: number; align?: Align } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: ALIGNMENT[options.align ?? 'left'],
        children: lines(text, options.header ? { bold: true, color: 'FFFFFF' } : {}),
      }),
    ],
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.header ? { shading: { fill: ACCENT, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

interface Column {
  header: string;
  /** Percent of the table width. */
  width: number;
  align?: Align;
}

/** A full-width table with a repeating header row; rows never split across pages. */
function table(columns: readonly Column[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(c.header, { header: true, width: c.width, align: c.align })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((text, i) => cell(text, { width: columns[i]?.width, align: columns[i]?.align })),
          }),
      ),
    ],
  });
}

const spacer = () => new Paragraph({ text: '' });
const italic = (text: string, keepNext = false) =>
  new Paragraph({ keepNext, children: [new TextRun({ text, italics: true })] });

/** The notes of a group or zone as a table, ranked by votes (the report's order). */
function notesTable(report: Report, zone: ReportZone, notes: readonly ReportNote[]): Table {
  const { t } = report;
  // The author column is left out on anonymous boards, and when no note in the zone has one.
  const authors = zone.notes.some((n) => n.author);
  const columns: Column[] = authors
    ? [
        { header: t.text, width: 62 },
        { header: t.votes, width: 14, align: 'right' },
        { header: t.author, width: 24 },
      ]
    : [
        { header: t.text, width: 84 },
        { header: t.votes, width: 16, align: 'right' },
      ];
  const rows = notes.map((n) => [n.text || '…', String(n.votes), ...(authors ? [n.author ?? ''] : [])]);
  return table(columns, rows);
}

function zoneSection(report: Report, zone: ReportZone, first: boolean): (Paragraph | Table)[] {
  const { t, lang } = report;
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: zone.label, heading: HeadingLevel.HEADING_1, pageBreakBefore: first }),
  ];
  // The description and the self-assessment line stay on the page of what follows them.
  if (zone.description) out.push(italic(zone.description, true));
  const a = zone.assessment;
  if (a) {
    out.push(
      new Paragraph({ text: t.assessment, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        keepNext: true,
        text: `${t.average}: ${formatDecimal(a.average, lang)} · ${t.spread}: ${a.min}–${a.max} · ${t.respondents(a.count)}`,
      }),
      table(
        t.levels.map((l, i) => ({ header: `${i + 1} ${l}`, width: 25, align: 'center' as const })),
        [a.distribution.map(String)],
      ),
    );
  }
  if (zone.notes.length === 0) out.push(italic(t.noNotes));
  for (const group of zone.groups) {
    const votes = group.votes > 0 ? ` (${t.vote(group.votes)})` : '';
    out.push(
      new Paragraph({ text: `${group.label || t.group}${votes}`, heading: HeadingLevel.HEADING_2 }),
      notesTable(report, zone, group.notes),
    );
  }
  if (zone.ungrouped.length > 0) {
    out.push(
      new Paragraph({ text: zone.groups.length > 0 ? t.otherNotes : t.notes, heading: HeadingLevel.HEADING_2 }),
      notesTable(report, zone, zone.ungrouped),
    );
  }
  return out;
}

function titlePage(report: Report): (Paragraph | Table)[] {
  const { t, lang } = report;
  const figures: Column[] = [t.date, t.participants, t.notes, t.votes, t.actions].map((header, i) => ({
    header,
    width: i === 0 ? 28 : 18,
    align: i === 0 ? 'left' : 'right',
  }));
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title || t.reportTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: t.reportTitle, size: 28, color: ACCENT })] }),
    spacer(),
    table(figures, [
      [
        formatDate(report.exportedAt, lang),
        String(report.participants),
        String(report.noteCount),
        String(report.voteCount),
        String(report.actions.length),
      ],
    ]),
  ];
  if (report.zones.length > 0) {
    const overview = report.zones.map((z) => {
      const top = z.notes[0];
      return [z.label, String(z.notes.length), top && top.votes > 0 ? `${top.text} (${t.vote(top.votes)})` : ''];
    });
    out.push(
      spacer(),
      table(
        [
          { header: t.zone, width: 32 },
          { header: t.notes, width: 13, align: 'right' },
          { header: t.mostVotes, width: 55 },
        ],
        overview,
      ),
    );
  }
  return out;
}

/** Every zone's self-assessment side by side: count, average, spread and how many chose each level. */
function assessmentOverview(report: Report): (Paragraph | Table)[] {
  const { t } = report;
  const assessed = report.zones.filter((z) => z.assessment);
  if (assessed.length === 0) return [];
  const columns: Column[] = [
    // Wide enough for "Organisatiestructuur", "Gemiddelde" and "Spreiding" to stay whole.
    { header: t.zone, width: 32 },
    { header: t.count, width: 11, align: 'right' },
    { header: t.average, width: 19, align: 'right' },
    { header: t.spread, width: 16, align: 'center' },
    ...t.levels.map((_, i) => ({ header: String(i + 1), width: 5.5, align: 'center' as const })),
  ];
  const rows = assessmentRows(report);
  const radar = radarSvg(report);
  return [
    new Paragraph({ text: t.assessmentTitle, heading: HeadingLevel.HEADING_1 }),
    ...(radar ? [picture(radar)] : []),
    table(columns, rows),
    new Paragraph({
      children: [new TextRun({ text: t.levels.map((l, i) => `${i + 1} = ${l}`).join(' · '), color: '666666' })],
    }),
  ];
}

function actionsSection(report: Report): (Paragraph | Table)[] {
  const { t } = report;
  const heading = new Paragraph({ text: t.actions, heading: HeadingLevel.HEADING_1 });
  if (report.actions.length === 0) return [heading, new Paragraph({ text: t.noActions })];
  const columns: Column[] = [
    { header: t.who, width: 17 },
    { header: t.what, width: 36 },
    { header: t.when, width: 18 },
    { header: t.zone, width: 20 },
    { header: t.done, width: 9, align: 'center' },
  ];
  return [
    heading,
    table(
      columns,
      report.actions.map((a) => [a.who, a.what, a.when, a.zoneLabel, a.done ? '✓' : '']),
    ),
  ];
}

/** The board as drawn from the document, on its own page after the title page. */
function boardPage(report: Report): Paragraph[] {
  const drawing = boardSvg(report, report.lang);
  if (!drawing) return [];
  return [
    new Paragraph({ text: report.t.board, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    picture(drawing),
  ];
}

export async function toDocx(report: Report): Promise<Buffer> {
  const { t } = report;
  const children: (Paragraph | Table)[] = [
    ...titlePage(report),
    ...boardPage(report),
    ...report.zones.flatMap((zone, i) => zoneSection(report, zone, i === 0)),
    ...assessmentOverview(report),
    ...actionsSection(report),
  ];
  const heading = (size: number, color: string, before: number) => ({
    run: { font: 'Calibri', size, bold: true, color },
    // A heading stays on the page of what follows it.
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true },
  });
  const doc = new Document({
    title: report.title,
    creator: t.product,
    description: t.reportTitle,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: { run: { font: 'Calibri', size: 52, bold: true, color: ACCENT } },
        heading1: heading(32, ACCENT, 360),
        heading2: heading(26, '3A3A3A', 240),
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
