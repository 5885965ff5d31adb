/**
 * Paints one zone of the model with the plain canvas 2D API, in board units: an area as a soft
 * rounded panel with a large label and a short description (each at most two lines, cut with an
 * ellipsis), the centre as a raised pill with its label in the middle. Used by the canvas tiles
 * and the PNG export.
 */
import type { Zone } from '@plg/shared';
import { type Measure, wrapText } from '../fitText';
import { createCanvasMeasure } from '../measureText';
import { darken, ZONE_STYLE, zoneDescriptionSize, zoneLabelSize } from '../zoneStyle';

export interface ZoneText {
  label: string;
  description: string;
  /** Where the label starts below the zone's top (zoneHeaderOffset). */
  headerOffset: number;
}

/** A zone with the text to paint on it. */
export interface ZoneEntry {
  zone: Zone;
  text: ZoneText;
}

let bold: Measure | null = null;
let regular: Measure | null = null;
const measures = () => {
  bold ??= createCanvasMeasure(ZONE_STYLE.fontFamily, 'bold');
  regular ??= createCanvasMeasure(ZONE_STYLE.fontFamily, 'normal');
  return { bold, regular };
};

/** Wrapped lines, at most `max`, the last one cut with "…" when text was left over. */
export function clampLines(text: string, width: number, size: number, measure: Measure, max: number): string[] {
  const lines = wrapText(text, width, size, measure);
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max);
  let last = shown[max - 1] ?? '';
  while (last && measure(`${last}…`, size) > width) last = Array.from(last).slice(0, -1).join('');
  shown[max - 1] = `${last.trimEnd()}…`;
  return shown;
}

function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  weight: string,
): void {
  const step = size * ZONE_STYLE.lineHeight;
  ctx.font = `${weight} ${size}px ${ZONE_STYLE.fontFamily}`;
  lines.forEach((line, i) => {
    ctx.fillText(line, x, y + (i + 0.5) * step);
  });
}

export function paintZone(ctx: CanvasRenderingContext2D, zone: Zone, text: ZoneText, scale: number): void {
  const { padding, cornerRadius, lineHeight } = ZONE_STYLE;
  const labelSize = zoneLabelSize(zone);
  const inner = zone.width - padding * 2;
  const centre = zone.kind === 'centre';
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(zone.x, zone.y, zone.width, zone.height, centre ? zone.height / 2 : cornerRadius);
  if (centre) {
    ctx.shadowColor = 'rgba(29,43,64,0.25)';
    ctx.shadowBlur = 30 * scale;
    ctx.shadowOffsetY = 8 * scale;
  }
  ctx.fillStyle = zone.color;
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = darken(zone.color, centre ? 0.28 : 0.12);
  ctx.lineWidth = centre ? 6 : 3;
  ctx.stroke();
  // Text below ~3 px on screen is noise; the coloured panels still show the model.
  if (labelSize * scale < 3) return;
  const { bold, regular } = measures();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = ZONE_STYLE.labelColor;
  if (centre) {
    const lines = wrapText(text.label, inner, labelSize, bold);
    const top = zone.y + (zone.height - lines.length * labelSize * lineHeight) / 2;
    ctx.textAlign = 'center';
    drawLines(ctx, lines, zone.x + zone.width / 2, top, labelSize, 'bold');
    return;
  }
  ctx.textAlign = 'left';
  const x = zone.x + padding;
  drawLines(ctx, clampLines(text.label, inner, labelSize, bold, 2), x, zone.y + text.headerOffset, labelSize, 'bold');
  const descSize = zoneDescriptionSize(zone);
  if (!text.description || descSize * scale < 3) return;
  ctx.fillStyle = ZONE_STYLE.descriptionColor;
  const descY = zone.y + text.headerOffset + labelSize * lineHeight + 12;
  drawLines(ctx, clampLines(text.description, inner, descSize, regular, 2), x, descY, descSize, 'normal');
}
