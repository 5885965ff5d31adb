/**
 * PDF export (pdfkit, A4): title page with key figures, the board as a vector picture, one
 * section per zone (groups, notes ranked by votes, self-assessment), the radar chart and the
 * action points. Embedded fonts; rows never split across pages.
 */
import PDFDocument from 'pdfkit';
import { formatDate, formatDecimal } from './labels.js';
import { drawBoardPicture } from './pdf/boardPicture.js';
import { baseFontText, FONT, registerFonts } from './pdf/fonts.js';
import {
  bottom,
  COLOR,
  contentWidth,
  drawFooters,
  MARGIN,
  newPage,
  sectionHeading,
  sectionHeadingHeight,
  subHeading,
  subHeadingHeight,
} from './pdf/page.js';
import { drawRadarChart, drawRadarLegend } from './pdf/radarChart.js';
import { draw, measure } from './pdf/richText.js';
import { type Column, drawTable, tableLeadHeight } from './pdf/table.js';
import { assessmentRows, type Report, type ReportNote, type ReportZone } from './reportModel.js';

async function titlePage(doc: PDFKit.PDFDocument, report: Report): Promise<void> {
  const { t, lang } = report;
  const width = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 10).fill(COLOR.accent);
  draw(doc, `${t.product} · ${t.reportTitle}`.toUpperCase(), MARGIN, 130, { size: 10, color: COLOR.muted, width });
  const titleStyle = { font: FONT.bold, size: 28, color: COLOR.accent, width } as const;
  draw(doc, report.title || t.reportTitle, MARGIN, 150, titleStyle);
  let y = 150 + measure(doc, report.title || t.reportTitle, titleStyle) + 8;
  draw(doc, formatDate(report.exportedAt, lang), MARGIN, y, { size: 13, color: COLOR.text, width });
  y += 50;
  const figures: [number, string][] = [
    [report.participants, t.participants],
    [report.noteCount, t.notes],
    [report.voteCount, t.votes],
    [report.actions.length, t.actions],
  ];
  const gap = 12;
  const boxW = (width - gap * (figures.length - 1)) / figures.length;
  figures.forEach(([value, label], i) => {
    const x = MARGIN + i * (boxW + gap);
    doc.save().roundedRect(x, y, boxW, 74, 6).fill('#eef2f7').restore();
    draw(doc, String(value), x, y + 12, {
      font: FONT.bold,
      size: 26,
      color: COLOR.accent,
      width: boxW,
      align: 'center',
    });
    draw(doc, label, x, y + 50, { size: 9.5, color: COLOR.muted, width: boxW, align: 'center' });
  });
  y += 110;
  const rows = report.zones.map((z) => {
    const top = z.notes[0];
    return [z.label, String(z.notes.length), top && top.votes > 0 ? `${top.text} (${t.vote(top.votes)})` : ''];
  });
  if (rows.length > 0) {
    const columns: Column[] = [
      { header: t.zone, width: 3 },
      { header: t.notes, width: 1.2, align: 'right' },
      { header: t.mostVotes, width: 5 },
    ];
    await drawTable(doc, y, columns, rows, { size: 9 });
  }
}

/** The author column is left out on anonymous boards, and when no note has an author. */
const showAuthors = (zone: ReportZone) => zone.notes.some((n) => n.author);

function noteRows(notes: readonly ReportNote[], authors: boolean): { rows: string[][]; swatches: string[] } {
  return {
    rows: notes.map((n) => [n.text || '…', String(n.votes), ...(authors ? [n.author ?? ''] : [])]),
    swatches: notes.map((n) => n.colour),
  };
}

const descriptionStyle = (doc: PDFKit.PDFDocument) => ({ size: 9.5, color: COLOR.muted, width: contentWidth(doc) });
/** Height of the two self-assessment lines under a zone's heading. */
const ASSESSMENT_LINES = 32;

function noteColumns(report: Report, zone: ReportZone): Column[] {
  const { t } = report;
  return [
    { header: t.text, width: 8 },
    { header: t.votes, width: 1.3, align: 'right' },
    ...(showAuthors(zone) ? [{ header: t.author, width: 2.2 }] : []),
  ];
}

/** Height of a zone's heading, description and self-assessment plus its first table's header and row. */
function zoneLeadHeight(doc: PDFKit.PDFDocument, report: Report, zone: ReportZone): number {
  let h = sectionHeadingHeight(doc, zone.label);
  if (zone.description) h += measure(doc, zone.description, descriptionStyle(doc)) + 8;
  if (zone.assessment) h += ASSESSMENT_LINES;
  const group = zone.groups[0];
  const first = group ? group.notes : zone.ungrouped;
  if (group) h += 4 + subHeadingHeight(doc, group.label || report.t.group);
  if (first.length === 0) return h + 30;
  const rows = noteRows(first.slice(0, 1), showAuthors(zone)).rows;
  return h + tableLeadHeight(doc, noteColumns(report, zone), rows, { swatches: [] });
}

async function zoneSection(doc: PDFKit.PDFDocument, report: Report, zone: ReportZone, at: number): Promise<number> {
  // Zones follow each other; a zone starts a new page when little of this one is left, or when
  // its heading would stand at the bottom of a page without the first of its notes.
  const start = at > doc.page.height * 0.72 || at + zoneLeadHeight(doc, report, zone) > bottom(doc) ? newPage(doc) : at;
  const { t, lang } = report;
  const width = contentWidth(doc);
  let y = sectionHeading(doc, start, zone.label, zone.colour);
  if (zone.description) {
    const style = descriptionStyle(doc);
    draw(doc, zone.description, MARGIN, y, style);
    y += measure(doc, zone.description, style) + 8;
  }
  const a = zone.assessment;
  if (a) {
    const line = `${t.assessment}: ${t.average.toLowerCase()} ${formatDecimal(a.average, lang)} · ${t.spread.toLowerCase()} ${a.min}–${a.max} · ${t.respondents(a.count)}`;
    draw(doc, line, MARGIN, y, { font: FONT.bold, size: 9.5, color: COLOR.accent, width });
    y += 14;
    const dist = t.levels.map((l, i) => `${i + 1} ${l}: ${a.distribution[i]}`).join('   ');
    draw(doc, dist, MARGIN, y, { size: 8.5, color: COLOR.muted, width });
    y += ASSESSMENT_LINES - 14;
  }
  if (zone.notes.length === 0) {
    draw(doc, t.noNotes, MARGIN, y, { size: 10, color: COLOR.muted, width });
    return y + 30;
  }
  const columns = noteColumns(report, zone);
  // A table that runs onto the next page says there whose notes these are.
  const continued = (part?: string) => `${[zone.label, part].filter(Boolean).join(' · ')} (${t.continued})`;
  // A sub-heading stays on the page of its table's header and first row.
  const lead = (rows: string[][]) => tableLeadHeight(doc, columns, rows.slice(0, 1), { swatches: [] });
  for (const group of zone.groups) {
    const label = group.label || t.group;
    const { rows, swatches } = noteRows(group.notes, showAuthors(zone));
    y = subHeading(doc, y + 4, label, lead(rows), group.votes > 0 ? t.vote(group.votes) : '');
    y = await drawTable(doc, y, columns, rows, { swatches, continued: continued(label) });
  }
  if (zone.ungrouped.length > 0) {
    const part = zone.groups.length > 0 ? t.otherNotes : undefined;
    const { rows, swatches } = noteRows(zone.ungrouped, showAuthors(zone));
    if (part) y = subHeading(doc, y + 4, part, lead(rows));
    y = await drawTable(doc, y, columns, rows, { swatches, continued: continued(part) });
  }
  return y + 22;
}

async function assessmentPage(doc: PDFKit.PDFDocument, report: Report): Promise<void> {
  const { t } = report;
  const assessed = report.zones.filter((z) => z.assessment);
  if (assessed.length === 0) return;
  const width = contentWidth(doc);
  let y = sectionHeading(doc, newPage(doc), t.assessmentTitle);
  const r = 125;
  drawRadarChart(doc, report, MARGIN + width / 2, y + r + 40, r);
  y += 2 * r + 95;
  drawRadarLegend(doc, report, MARGIN, y);
  y += 36;
  const columns: Column[] = [
    { header: t.zone, width: 3.4 },
    { header: t.count, width: 1, align: 'right' },
    { header: t.average, width: 1.3, align: 'right' },
    { header: t.spread, width: 1.1, align: 'center' },
    ...t.levels.map((_, i) => ({ header: String(i + 1), width: 0.7, align: 'right' as const })),
  ];
  const rows = assessmentRows(report);
  await drawTable(doc, y, columns, rows, { size: 8.5 });
}

async function actionsPage(doc: PDFKit.PDFDocument, report: Report): Promise<void> {
  const { t } = report;
  const y = sectionHeading(doc, newPage(doc), t.actions);
  if (report.actions.length === 0) {
    draw(doc, t.noActions, MARGIN, y, { size: 10, color: COLOR.muted, width: contentWidth(doc) });
    return;
  }
  const columns: Column[] = [
    { header: t.who, width: 2.2 },
    { header: t.what, width: 5 },
    { header: t.when, width: 1.8 },
    { header: t.zone, width: 2.2 },
    { header: t.done, width: 0.9, align: 'center' },
  ];
  const rows = report.actions.map((a) => [a.who, a.what, a.when, a.zoneLabel, a.done ? '✓' : '']);
  await drawTable(doc, y, columns, rows, { continued: `${t.actions} (${t.continued})` });
}

/** Renders the report as a PDF. */
export async function toPdf(report: Report): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: report.title, Creator: report.t.product, Subject: report.t.reportTitle },
    lang: report.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  await titlePage(doc, report);
  if (report.snapshot.zones.length + report.snapshot.notes.length > 0) {
    const top = sectionHeading(doc, newPage(doc, 'landscape'), report.t.board);
    const area = { x: MARGIN, y: top, width: contentWidth(doc), height: doc.page.height - MARGIN - top };
    await drawBoardPicture(doc, report, area, report.lang);
  }
  let y = newPage(doc);
  for (const zone of report.zones) y = await zoneSection(doc, report, zone, y);
  await assessmentPage(doc, report);
  await actionsPage(doc, report);
  drawFooters(doc, baseFontText(report.title), report.t.page);
  doc.end();
  return done;
}
