/**
 * The board picture and the self-assessment radar chart as SVG, for the Word report: the same
 * drawings as the PDF's (zones with their labels, groups, notes with their text and votes; rings,
 * the team's spread and average), in a form Word embeds without a rasteriser on the server.
 */
import { boundsOf, type Lang, zoneText } from '@plg/shared';
import { formatDecimal } from '../labels.js';
import type { Report, ReportZone } from '../reportModel.js';
import { type Box, rasterFallback } from './rasterFallback.js';

export interface Svg {
  svg: string;
  width: number;
  height: number;
  /** The same drawing's rectangles as a PNG, for readers that do not draw SVG. */
  fallback: Buffer;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Dark text on light notes, white on dark ones. */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) > 140 ? '#1f1f1f' : '#ffffff';
}

/** Words into at most `max` lines of about `chars` characters; the last one ends in … if cut. */
function wrap(text: string, chars: number, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > chars) {
      out.push(line);
      line = '';
      if (out.length === max) break;
    }
    line = line ? `${line} ${word}` : word.slice(0, chars);
  }
  if (line && out.length < max) out.push(line);
  else if (out.length === max) out[max - 1] = `${(out[max - 1] ?? '').slice(0, chars - 1)}…`;
  return out;
}

export function boardSvg(report: Report, lang: Lang): Svg | null {
  const { zones, notes, groups } = report.snapshot;
  const votes = report.snapshot.results.votes ?? {};
  const b = boundsOf([...zones, ...notes]);
  if (!b) return null;
  const pad = 20;
  const parts: string[] = [];
  const boxes: Box[] = [];
  const ordered = [...zones].sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'centre' ? 1 : -1));
  for (const z of ordered) {
    boxes.push({ ...z, fill: z.color, stroke: '#9aa7b8' });
    const dash = z.kind === 'centre' ? ' stroke-dasharray="8 5"' : '';
    parts.push(
      `<rect x="${z.x}" y="${z.y}" width="${z.width}" height="${z.height}" rx="14" fill="${z.color}" stroke="#9aa7b8" stroke-width="3"${dash}/>`,
    );
  }
  for (const z of ordered) {
    const label = esc(zoneText(z, report.templateId, lang).label);
    const centre = z.kind === 'centre';
    const x = centre ? z.x + z.width / 2 : z.x + 20;
    const y = centre ? z.y + z.height / 2 + 12 : z.y + 48;
    parts.push(
      `<text x="${x}" y="${y}" font-family="Calibri, Arial, sans-serif" font-weight="bold" font-size="${centre ? 30 : 40}" fill="#2f4a6d"${centre ? ' text-anchor="middle"' : ''}>${label}</text>`,
    );
  }
  for (const g of groups) {
    const box = boundsOf(notes.filter((n) => n.groupId === g.id));
    if (!box) continue;
    const count = votes[g.id]?.count ?? 0;
    boxes.push({
      x: box.x - 12,
      y: box.y - 12,
      width: box.width + 24,
      height: box.height + 24,
      fill: null,
      stroke: g.color,
    });
    parts.push(
      `<rect x="${box.x - 12}" y="${box.y - 12}" width="${box.width + 24}" height="${box.height + 24}" rx="8" fill="none" stroke="${g.color}" stroke-width="3" stroke-dasharray="10 6"/>`,
      `<text x="${box.x - 10}" y="${box.y - 20}" font-family="Calibri, Arial, sans-serif" font-weight="bold" font-size="24" fill="${g.color}">${esc(g.label)}${count > 0 ? ` (${count})` : ''}</text>`,
    );
  }
  for (const n of notes) {
    const count = votes[n.id]?.count ?? 0;
    boxes.push({ ...n, fill: n.color, stroke: '#7d7d7d' });
    const size = 18;
    const lines = wrap(
      n.text,
      Math.max(6, Math.floor(n.width / (size * 0.55))),
      Math.max(1, Math.floor((n.height - 16) / (size * 1.2))),
    );
    parts.push(
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" fill="${n.color}" stroke="#7d7d7d" stroke-width="1.5"/>`,
    );
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${n.x + 8}" y="${n.y + 8 + size * (i + 1)}" font-family="Calibri, Arial, sans-serif" font-size="${size}" fill="${inkOn(n.color)}">${esc(line)}</text>`,
      );
    });
    if (count > 0) {
      const [cx, cy] = [n.x + n.width - 16, n.y + 16];
      parts.push(
        `<circle cx="${cx}" cy="${cy}" r="14" fill="#2f4a6d"/>`,
        `<text x="${cx}" y="${cy + 6}" text-anchor="middle" font-family="Calibri, Arial, sans-serif" font-weight="bold" font-size="17" fill="#ffffff">${count}</text>`,
      );
    }
  }
  const [w, h] = [b.width + 2 * pad, b.height + 2 * pad];
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${b.x - pad} ${b.y - pad} ${w} ${h}" width="${w}" height="${h}">${parts.join('')}</svg>`,
    width: w,
    height: h,
    fallback: rasterFallback({ x: b.x - pad, y: b.y - pad, width: w, height: h }, boxes),
  };
}

type Assessed = ReportZone & { assessment: NonNullable<ReportZone['assessment']> };

export function radarSvg(report: Report): Svg | null {
  const zones = report.zones.filter((z): z is Assessed => Boolean(z.assessment));
  if (zones.length === 0) return null;
  const [cx, cy, r] = [300, 230, 150];
  const spokes = Math.max(zones.length, 3);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / spokes;
  const at = (i: number, level: number) =>
    `${(cx + Math.cos(angle(i)) * r * (level / 4)).toFixed(1)},${(cy + Math.sin(angle(i)) * r * (level / 4)).toFixed(1)}`;
  const poly = (pts: string[], attrs: string) => `<polygon points="${pts.join(' ')}" ${attrs}/>`;
  const parts = [
    poly(
      zones.map((z, i) => at(i, z.assessment.max)),
      'fill="#a8c6e8" fill-opacity="0.55"',
    ),
    poly(
      zones.map((z, i) => at(i, z.assessment.min)),
      'fill="#ffffff"',
    ),
  ];
  for (let level = 1; level <= 4; level++)
    parts.push(
      poly(
        Array.from({ length: spokes }, (_, i) => at(i, level)),
        'fill="none" stroke="#b8c2cf"',
      ),
    );
  for (let i = 0; i < spokes; i++) {
    const [x, y] = at(i, 4).split(',');
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" stroke="#b8c2cf"/>`);
  }
  parts.push(
    poly(
      zones.map((z, i) => at(i, z.assessment.average)),
      'fill="none" stroke="#2f4a6d" stroke-width="3"',
    ),
  );
  zones.forEach((z, i) => {
    const a = angle(i);
    const [x, y] = at(i, 4.5).split(',').map(Number) as [number, number];
    const anchor = Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
    const dy = Math.sin(a) < -0.2 ? -14 : Math.sin(a) > 0.2 ? 12 : 0;
    const stats = `Ø ${formatDecimal(z.assessment.average, report.lang)} · ${z.assessment.min}–${z.assessment.max}`;
    parts.push(
      `<text x="${x}" y="${y + dy}" text-anchor="${anchor}" font-family="Calibri, Arial, sans-serif" font-weight="bold" font-size="14" fill="#1f1f1f">${esc(z.label)}</text>`,
      `<text x="${x}" y="${y + dy + 16}" text-anchor="${anchor}" font-family="Calibri, Arial, sans-serif" font-size="12" fill="#666666">${esc(stats)}</text>`,
    );
  });
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 460" width="600" height="460">${parts.join('')}</svg>`,
    width: 600,
    height: 460,
    // No text or polygons in the fallback: the table beside it holds every figure.
    fallback: rasterFallback({ x: 0, y: 0, width: 600, height: 460 }, []),
  };
}
