/**
 * The PNG that Word requires beside each SVG drawing, for readers that do not draw SVG
 * (LibreOffice, Word before 2016): the drawing's rectangles (zones, groups, notes) filled in
 * their colours, no text. Written by hand with node:zlib: the server has no rasteriser.
 */
import { crc32, deflateSync } from 'node:zlib';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
  stroke: string;
}

const rgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) || 0) as [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Draws `boxes` (in the coordinates of `view`) into a PNG `width` pixels wide, on white. */
export function rasterFallback(
  view: { x: number; y: number; width: number; height: number },
  boxes: readonly Box[],
  width = 600,
): Buffer {
  const scale = width / view.width;
  const height = Math.max(1, Math.round(view.height * scale));
  const px = Buffer.alloc(width * height * 3, 0xff);
  const fill = (x0: number, y0: number, x1: number, y1: number, c: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) px.set(c, (y * width + x) * 3);
  };
  for (const b of boxes) {
    const [x0, y0] = [Math.round((b.x - view.x) * scale), Math.round((b.y - view.y) * scale)];
    const [x1, y1] = [Math.round((b.x + b.width - view.x) * scale), Math.round((b.y + b.height - view.y) * scale)];
    const line = rgb(b.stroke);
    fill(x0, y0, x1, y0 + 1, line);
    fill(x0, y1 - 1, x1, y1, line);
    fill(x0, y0, x0 + 1, y1, line);
    fill(x1 - 1, y0, x1, y1, line);
    if (b.fill) fill(x0 + 1, y0 + 1, x1 - 1, y1 - 1, rgb(b.fill));
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) px.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
