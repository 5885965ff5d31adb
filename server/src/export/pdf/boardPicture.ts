/**
 * The board drawn as vector graphics from the document: zones as labelled rectangles, groups
 * as dashed frames, notes as coloured squares with (truncated) text, scaled to fit the area.
 */
import { boundsOf, type Lang, zoneText } from '@plg/shared';
import type { Report } from '../reportModel.js';
import { baseFontText, FONT } from './fonts.js';
import { breathe } from './page.js';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Dark text on light notes, white on dark ones (a custom colour can be anything). */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) > 140 ? '#1f1f1f' : '#ffffff';
}

/** A dot count as on the board: a white number in a dark circle centred at (cx, cy). */
function voteBadge(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, count: number): void {
  doc.save().circle(cx, cy, r).fill('#2f4a6d').restore();
  doc
    .font(FONT.bold)
    .fontSize(r * 1.2)
    .fillColor('#ffffff');
  doc.text(String(count), cx - r, cy - r * 0.6, { width: r * 2, align: 'center', lineBreak: false });
}

export async function drawBoardPicture(doc: PDFKit.PDFDocument, report: Report, area: Area, lang: Lang): Promise<void> {
  const { zones, notes, groups } = report.snapshot;
  const votes = report.snapshot.results.votes ?? {};
  const bounds = boundsOf([...zones, ...notes]);
  if (!bounds) return;
  const s = Math.min(area.width / bounds.width, area.height / bounds.height);
  const ox = area.x + (area.width - bounds.width * s) / 2 - bounds.x * s;
  const oy = area.y + (area.height - bounds.height * s) / 2 - bounds.y * s;
  const X = (x: number) => ox + x * s;
  const Y = (y: number) => oy + y * s;

  // Zones: area zones first, the centre on top; then the labels, so none is hidden.
  const ordered = [...zones].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'centre' ? 1 : -1));
  for (const zone of ordered) {
    doc.save().lineWidth(0.8);
    if (zone.kind === 'centre') doc.dash(3, { space: 2 });
    doc.roundedRect(X(zone.x), Y(zone.y), zone.width * s, zone.height * s, 4).fillAndStroke(zone.color, '#9aa7b8');
    doc.restore();
  }
  for (const zone of ordered) {
    const label = baseFontText(zoneText(zone, report.templateId, lang).label, FONT.bold);
    const [x, y, w, h] = [X(zone.x), Y(zone.y), zone.width * s, zone.height * s];
    const size = clamp(26 * s, 6, 12);
    doc.font(FONT.bold).fontSize(size).fillColor('#2f4a6d');
    const centre = zone.kind === 'centre';
    const needed = Math.min(w - 10, doc.widthOfString(label));
    // A label whose top edge another zone covers (the centre) goes to the zone's bottom edge.
    const covered =
      !centre &&
      zones.some(
        (o) =>
          o !== zone &&
          X(o.x) < x + 5 + needed &&
          X(o.x + o.width) > x &&
          Y(o.y) < y + size + 6 &&
          Y(o.y + o.height) > y,
      );
    const ty = centre ? y + h / 2 - size / 2 : covered ? y + h - size - 5 : y + 4;
    doc.text(label, x + 5, ty, {
      width: w - 10,
      height: size * 2.4,
      ellipsis: true,
      align: centre ? 'center' : 'left',
    });
  }

  // Groups: a dashed frame around their members with the group's name.
  for (const group of groups) {
    const box = boundsOf(notes.filter((n) => n.groupId === group.id));
    if (!box) continue;
    const pad = 10;
    const [x, y, w, h] = [X(box.x - pad), Y(box.y - pad), (box.width + 2 * pad) * s, (box.height + 2 * pad) * s];
    doc.save().lineWidth(0.7).dash(2.5, { space: 1.5 }).roundedRect(x, y, w, h, 3).stroke(group.color).restore();
    const size = clamp(16 * s, 4, 8);
    const label = baseFontText(group.label, FONT.bold);
    const labelWidth = Math.max(w, 60);
    doc.font(FONT.bold).fontSize(size).fillColor(group.color);
    doc.text(label, x + 2, y - size - 1, { width: labelWidth, lineBreak: false, height: size + 2, ellipsis: true });
    // The group's own votes, as its title bar shows them on the board: right after the name.
    const count = votes[group.id]?.count ?? 0;
    if (count > 0) {
      const r = clamp(16 * s, 3, 6);
      const after = Math.min(labelWidth, doc.font(FONT.bold).fontSize(size).widthOfString(label));
      voteBadge(doc, x + 2 + after + r + 2, y - size / 2 - 1, r, count);
    }
  }

  // Notes: coloured squares; text while there is room for it.
  const noteFont = clamp(18 * s, 2.5, 7);
  for (const [i, note] of notes.entries()) {
    if (i > 0 && i % 400 === 0) await breathe();
    const [x, y, w, h] = [X(note.x), Y(note.y), note.width * s, note.height * s];
    doc.save().lineWidth(0.4).rect(x, y, w, h).fillAndStroke(note.color, '#7d7d7d').restore();
    const count = votes[note.id]?.count ?? 0;
    const r = clamp(16 * s, 3, 6);
    if (w >= 14 && h >= noteFont * 1.6) {
      const text = baseFontText(note.text).replace(/\s+/g, ' ').trim();
      if (text) {
        // Leave room for the vote badge in the top-right corner.
        const room = count > 0 ? r * 1.4 : 0;
        doc.font(FONT.regular).fontSize(noteFont).fillColor(inkOn(note.color));
        doc.text(text, x + 1.5, y + 1.5, { width: w - 3 - room, height: h - 3, ellipsis: true, lineGap: 0 });
      }
    }
    if (count > 0) voteBadge(doc, x + w - r * 0.6, y + r * 0.6, r, count);
  }
  doc.fillColor('#1f1f1f');
}
