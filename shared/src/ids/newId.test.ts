import { describe, expect, it } from 'vitest';
import { base64url, JOIN_CODE_ALPHABET, newId, newJoinCode, newSecret, normaliseJoinCode } from './newId.js';

describe('ids', () => {
  it('encodes base64url like Node does', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 255);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });

  it('makes 128-bit secrets of 22 URL-safe characters, all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const s = newSecret();
      expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
      seen.add(s);
    }
    expect(seen.size).toBe(1000);
    expect(newId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('makes join codes without confusable characters and normalises typed ones', () => {
    for (const ch of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) expect(normaliseJoinCode(newJoinCode())).not.toBeNull();
    expect(normaliseJoinCode(' abc-234 ')).toBe('ABC234');
    expect(normaliseJoinCode('ABC2O4')).toBeNull();
    expect(normaliseJoinCode('ABC23')).toBeNull();
  });
});
