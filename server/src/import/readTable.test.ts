import { describe, expect, it } from 'vitest';
import { readCsv, readXlsx } from './readTable.js';

describe('reading an uploaded CSV', () => {
  it('strips the BOM, detects `;` or `,` and keeps file row numbers', () => {
    expect(readCsv(Buffer.from('\uFEFFtekst;zone\r\n\r\nidee één;cultuur\r\n')).rows).toEqual([
      { row: 1, cells: ['tekst', 'zone'] },
      { row: 3, cells: ['idee één', 'cultuur'] },
    ]);
    expect(readCsv(Buffer.from('text,zone\n"a, b",hr\n')).rows[1]?.cells).toEqual(['a, b', 'hr']);
  });

  it('reads a Windows-1252 CSV as Dutch Excel saves it', () => {
    // "één;café" in Windows-1252: é is the single byte 0xE9.
    const body = Buffer.from([0xe9, 0xe9, 0x6e, 0x3b, 0x63, 0x61, 0x66, 0xe9]);
    expect(readCsv(body).rows).toEqual([{ row: 1, cells: ['één', 'café'] }]);
  });

  it('reports a row it cannot read instead of dropping it silently', () => {
    const table = readCsv(Buffer.from('tekst\ngoed\n"kapot\n'));
    expect(table.rows.map((r) => r.cells[0])).toEqual(['tekst', 'goed']);
    expect(table.broken).toEqual([{ row: 3, reason: expect.stringMatching(/^could not be read: .*quote/i) }]);
  });

  it('refuses a binary file', () => {
    expect(() => readCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/not a text/);
  });
});

describe('reading an uploaded XLSX', () => {
  it('refuses a workbook that declares a huge unpacked size before unpacking it', async () => {
    const { zipSync } = await import('fflate');
    // A small zip whose central directory declares a 2 GB entry, as a zip bomb would.
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(1000) }));
    const header = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0x7fffffff, header + 24);
    await expect(readXlsx(bomb)).rejects.toThrow(/unpacks to more than 64 MB/);
    await expect(readXlsx(Buffer.from('not a zip at all'))).rejects.toThrow(/not a readable Excel/);
  });
});
