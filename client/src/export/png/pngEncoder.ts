/**
 * A streaming PNG encoder: RGBA rows go in band by band, through the browser's own deflate
 * (CompressionStream), so an image larger than any canvas the browser allows is never held
 * whole in memory. Layout: signature, IHDR (8-bit RGBA, no interlace), IDAT chunks (the zlib
 * stream of rows, each prefixed with filter type 0), IEND; every chunk is
 * [length u32 BE][type][data][CRC-32 of type+data].
 */

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array[] {
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) head[4 + i] = type.charCodeAt(i);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc32([head.subarray(4), data]));
  return [head, data, tail];
}

export function canStreamPng(): boolean {
  return typeof CompressionStream === 'function';
}

export class PngStream {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  /** The IDAT chunks, framed (length, type, CRC) as each piece of the deflate stream arrives. */
  private readonly idat: Promise<Uint8Array[]>;
  private rowsWritten = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    this.idat = (async () => {
      const out: Uint8Array[] = [];
      const reader = stream.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return out;
        // The CRC is worked out piece by piece, not all at once at the end (a long task).
        out.push(...chunk('IDAT', value as Uint8Array));
      }
    })();
    // A cancelled image rejects here; finish() is never called then.
    this.idat.catch(() => {});
  }

  /** Adds `rows` rows of RGBA pixels (width × 4 bytes each), top to bottom. */
  async write(rgba: Uint8Array | Uint8ClampedArray, rows: number): Promise<void> {
    const stride = this.width * 4;
    // A new buffer each time: the stream may still hold the previous one when a write resolves.
    const out = new Uint8Array(rows * (stride + 1));
    for (let y = 0; y < rows; y++) out.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    this.rowsWritten += rows;
    await this.writer.ready;
    await this.writer.write(out);
  }

  /** Finishes the image; every row must have been written. */
  async finish(): Promise<Blob> {
    if (this.rowsWritten !== this.height) throw new Error(`png: ${this.rowsWritten} of ${this.height} rows written`);
    await this.writer.close();
    const idat = await this.idat;
    const ihdr = new Uint8Array(13);
    const view = new DataView(ihdr.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter set 0, no interlace
    const parts: Uint8Array[] = [SIGNATURE, ...chunk('IHDR', ihdr)];
    parts.push(...idat);
    parts.push(...chunk('IEND', new Uint8Array(0)));
    return new Blob(parts as BlobPart[], { type: 'image/png' });
  }

  /** Drops an unfinished image (a cancelled export) and frees the deflate stream. */
  abort(reason?: unknown): void {
    this.writer.abort(reason).catch(() => {});
  }
}
