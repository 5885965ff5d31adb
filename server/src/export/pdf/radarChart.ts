/**
 * The self-assessment radar chart, drawn with vector paths: one axis per zone, rings for the
 * four levels, the team's spread (min–max) as a band and the average as a line.
 */
import { formatDecimal } from '../labels.js';
import type { Report, ReportZone } from '../reportModel.js';
import { baseFontText, FONT } from './fonts.js';
import { COLOR } from './page.js';

type Point = [number, number];

function polygon(doc: PDFKit.PDFDocument, points: readonly Point[]): PDFKit.PDFDocument {
  const [first, ...rest] = points;
  if (!first) return doc;
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  return doc.closePath();
}

/** Draws the chart centred at (cx, cy) with radius r; zones without assessment are left out. */
export function drawRadarChart(doc: PDFKit.PDFDocument, report: Report, cx: number, cy: number, r: number): void {
  const zones = report.zones.filter((z): z is ReportZone & { assessment: NonNullable<ReportZone['assessment']> } =>
    Boolean(z.assessment),
  );
  const n = zones.length;
  if (n === 0) return;
  // With fewer than three axes a radar has no area; use a square layout of at least 3 spokes.
  const spokes = Math.max(n, 3);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / spokes;
  const at = (i: number, level: number): Point => [
    cx + Math.cos(angle(i)) * r * (level / 4),
    cy + Math.sin(angle(i)) * r * (level / 4),
  ];

  // Spread band: max polygon filled, min polygon cut out.
  doc.save().fillColor('#a8c6e8').fillOpacity(0.55);
  polygon(
    doc,
    zones.map((z, i) => at(i, z.assessment.max)),
  ).fill();
  doc.restore();
  doc.save().fillColor('#ffffff');
  polygon(
    doc,
    zones.map((z, i) => at(i, z.assessment.min)),
  ).fill();
  doc.restore();

  // Rings and spokes on top of the band.
  doc.save().lineWidth(0.5).strokeColor('#b8c2cf');
  for (let level = 1; level <= 4; level++) {
    polygon(
      doc,
      Array.from({ length: spokes }, (_, i) => at(i, level)),
    ).stroke();
  }
  for (let i = 0; i < spokes; i++) {
    const [x, y] = at(i, 4);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
  }
  doc.restore();
  doc.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted);
  for (let level = 1; level <= 4; level++) {
    doc.text(String(level), cx + 2, cy - (r * level) / 4 - 7, { lineBreak: false });
  }

  // The average, as a line only, so the band stays readable.
  doc.save().lineWidth(1.8).strokeColor(COLOR.accent);
  polygon(
    doc,
    zones.map((z, i) => at(i, z.assessment.average)),
  ).stroke();
  doc.restore();
  zones.forEach((z, i) => {
    const [x, y] = at(i, z.assessment.average);
    doc.save().circle(x, y, 2.4).fill(COLOR.accent).restore();
  });

  // Axis labels outside the outer ring.
  zones.forEach((z, i) => {
    const a = angle(i);
    const [x, y] = at(i, 4.45);
    const width = 120;
    const cos = Math.cos(a);
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const left = align === 'center' ? x - width / 2 : align === 'left' ? x : x - width;
    const label = baseFontText(z.label, FONT.bold);
    const avg = formatDecimal(z.assessment.average, report.lang);
    const top = Math.sin(a) < -0.2 ? y - 20 : Math.sin(a) > 0.2 ? y : y - 10;
    doc.font(FONT.bold).fontSize(8).fillColor(COLOR.text);
    doc.text(label, left, top, { width, align, lineBreak: false, ellipsis: true, height: 10 });
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
    doc.text(`Ø ${avg} · ${z.assessment.min}–${z.assessment.max}`, left, top + 10, { width, align, lineBreak: false });
  });
  doc.fillColor(COLOR.text);
}

/** The legend under the chart: what the line and the band mean. */
export function drawRadarLegend(doc: PDFKit.PDFDocument, report: Report, x: number, y: number): void {
  const { t } = report;
  doc
    .save()
    .lineWidth(1.8)
    .moveTo(x, y + 4)
    .lineTo(x + 18, y + 4)
    .stroke(COLOR.accent)
    .restore();
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor(COLOR.text)
    .text(t.average, x + 24, y, { lineBreak: false });
  doc
    .save()
    .fillOpacity(0.55)
    .rect(x + 120, y, 18, 8)
    .fill('#a8c6e8')
    .restore();
  doc.text(`${t.spread} (${t.min.toLowerCase()}–${t.max.toLowerCase()})`, x + 144, y, { lineBreak: false });
  const levels = t.levels.map((l, i) => `${i + 1} = ${l}`).join(' · ');
  doc.fillColor(COLOR.muted).text(levels, x, y + 14, { lineBreak: false });
}
