// @vitest-environment node
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

describe('QR code path', () => {
  it('draws exactly the dark modules of the code', () => {
    const text = 'https://plg.example/join/K7P2QX';
    const { size, d } = qrPath(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    let dark = 0;
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark += modules.get(r, c) ? 1 : 0;
    // Every rectangle is one module high; their widths add up to the dark modules.
    const widths = [...d.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(widths).toBe(dark);
    // The finder pattern's top row: seven dark modules from the corner.
    expect(d.startsWith('M0 0h7v1h-7z')).toBe(true);
  });
});
