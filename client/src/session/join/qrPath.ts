/**
 * A QR code as one SVG path (one square per dark module), from the qrcode package's matrix:
 * crisp at any size, no images and no HTML injection.
 */
import QRCode from 'qrcode';

export interface QrShape {
  /** Modules per side (the quiet zone not included). */
  size: number;
  /** SVG path data in module units. */
  d: string;
}

export function qrPath(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      // Runs of dark modules in a row become one rectangle.
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      parts.push(`M${col} ${row}h${run}v1h-${run}z`);
      col += run - 1;
    }
  }
  return { size: modules.size, d: parts.join('') };
}
