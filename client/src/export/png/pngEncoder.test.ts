import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PngStream } from './pngEncoder';

describe('PngStream', () => {
  it('writes a valid PNG band by band: header, CRCs, rows with filter bytes', async () => {
    const png = new PngStream(2, 3);
    await png.write(new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 4]), 2);
    await png.write(new Uint8Array([9, 9, 9, 9, 7, 7, 7, 7]), 1);
    const bytes = new Uint8Array(await (await png.finish()).arrayBuffer());
    const buf = Buffer.from(bytes);
    expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([2, 3]);
    // Collect the IDAT data and inflate it.
    const idat: Buffer[] = [];
    let at = 8;
    while (at < buf.length) {
      const length = buf.readUInt32BE(at);
      const type = buf.subarray(at + 4, at + 8).toString('ascii');
      if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    expect(at).toBe(buf.length);
    const raw = inflateSync(Buffer.concat(idat));
    expect([...raw]).toEqual([
      0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 255, 1, 2, 3, 4, 0, 9, 9, 9, 9, 7, 7, 7, 7,
    ]);
    expect(buf.subarray(buf.length - 8, buf.length - 4).toString('ascii')).toBe('IEND');
  });

  it('refuses to finish an incomplete image', async () => {
    const png = new PngStream(1, 2);
    await png.write(new Uint8Array([1, 2, 3, 4]), 1);
    await expect(png.finish()).rejects.toThrow(/1 of 2 rows/);
  });
});
