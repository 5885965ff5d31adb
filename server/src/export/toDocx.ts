/**
 * DOCX export (docx): the report as an editable Word document with real Heading 1/2 styles and
 * real tables, ready to paste into a school plan: title page, one section per zone, actions.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate, formatDecimal } from './labels.js';
import type { Report, ReportNote, ReportZone } from './reportModel.js';

const ACCENT = '2F4A6D';

function cell(text: string, options: { header?: boolean; width?: number; align?: 'left' | 'right' } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, color: options.header ? 'FFFFFF' : undefined })],
      }),
    ],
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.header ? { shading: { fill: ACCENT, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A full-width table with a repeating header row; `widths` in percent. */
function table(header: string[], rows: string[][], widths: number[], rightAligned: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { header: true, width: widths[i] })) }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) =>
              cell(c, { width: widths[i], align: rightAligned.includes(i) ? 'right' : 'left' }),
            ),
          }),
      ),
    ],
  });
}

const spacer = () => new Paragraph({ text: '' });

/** Text runs with real line breaks for the note's own new lines. */
function lines(text: string): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function noteItem(report: Report, note: ReportNote): Paragraph {
  const runs = lines(note.text || '…');
  if (note.votes > 0) runs.push(new TextRun({ text: ` (${report.t.vote(note.votes)})`, bold: true, color: ACCENT }));
  if (note.author) runs.push(new TextRun({ text: ` — ${note.author}`, color: '666666' }));
  return new Paragraph({ bullet: { level: 0 }, children: runs });
}

function zoneSection(report: Report, zone: ReportZone): (Paragraph | Table)[] {
  const { t, lang } = report;
  const out: (Paragraph | Table)[] = [new Paragraph({ text: zone.label, heading: HeadingLevel.HEADING_1 })];
  if (zone.description) out.push(new Paragraph({ children: [new TextRun({ text: zone.description, italics: true })] }));
  const a = zone.assessment;
  if (a) {
    out.push(
      new Paragraph({ text: t.assessment, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        text: `${t.average}: ${formatDecimal(a.average, lang)} · ${t.spread}: ${a.min}–${a.max} · ${t.respondents(a.count)}`,
      }),
      table(
        t.levels.map((l, i) => `${i + 1} ${l}`),
        [a.distribution.map(String)],
        [25, 25, 25, 25],
        [0, 1, 2, 3],
      ),
      spacer(),
    );
  }
  if (zone.notes.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: t.noNotes, italics: true })] }));
  for (const group of zone.groups) {
    const votes = group.votes > 0 ? ` (${t.vote(group.votes)})` : '';
    out.push(new Paragraph({ text: `${group.label || t.group}${votes}`, heading: HeadingLevel.HEADING_2 }));
    for (const note of group.notes) out.push(noteItem(report, note));
  }
  if (zone.ungrouped.length > 0) {
    if (zone.groups.length > 0) out.push(new Paragraph({ text: t.otherNotes, heading: HeadingLevel.HEADING_2 }));
    for (const note of zone.ungrouped) out.push(noteItem(report, note));
  }
  return out;
}

function titlePage(report: Report): (Paragraph | Table)[] {
  const { t, lang } = report;
  return [
    new Paragraph({ text: report.title || t.reportTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: t.reportTitle, size: 28, color: ACCENT })] }),
    spacer(),
    table(
      [t.date, t.participants, t.notes, t.votes, t.actions],
      [
        [
          formatDate(report.exportedAt, lang),
          String(report.participants),
          String(report.noteCount),
          String(report.voteCount),
          String(report.actions.length),
        ],
      ],
      [28, 18, 18, 18, 18],
    ),
    new Paragraph({ text: '', pageBreakBefore: true }),
  ];
}

export async function toDocx(report: Report): Promise<Buffer> {
  const { t } = report;
  const children: (Paragraph | Table)[] = [...titlePage(report)];
  for (const zone of report.zones) children.push(...zoneSection(report, zone));
  children.push(new Paragraph({ text: t.actions, heading: HeadingLevel.HEADING_1 }));
  if (report.actions.length === 0) children.push(new Paragraph({ text: t.noActions }));
  else
    children.push(
      table(
        [t.who, t.what, t.when, t.zone],
        report.actions.map((a) => [a.who, a.what + (a.done ? ` (${t.done.toLowerCase()})` : ''), a.when, a.zoneLabel]),
        [20, 45, 15, 20],
      ),
    );
  const doc = new Document({
    title: report.title,
    creator: 'PLG-bord',
    description: t.reportTitle,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: { run: { font: 'Calibri', size: 52, bold: true, color: ACCENT } },
        heading1: {
          run: { font: 'Calibri', size: 32, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: 'Calibri', size: 26, bold: true, color: '3A3A3A' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
