import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { decodeAwareness } from './awarenessFilter.js';

function update(entries: [number, number, string][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [id, clock, json] of entries) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, json);
  }
  return encoding.toUint8Array(e);
}

describe('decodeAwareness', () => {
  const bytes = update([
    [1, 5, '{"user":{"name":"Anne"}}'],
    [2, 7, '{"user":{"name":"Bram"}}'],
    [3, 9, 'null'],
  ]);

  it('reads every entry with its own bytes', () => {
    const entries = decodeAwareness(bytes);
    expect(entries.map((e) => [e.clientId, e.clock, e.json])).toEqual([
      [1, 5, '{"user":{"name":"Anne"}}'],
      [2, 7, '{"user":{"name":"Bram"}}'],
      [3, 9, 'null'],
    ]);
    expect(decodeAwareness(update([[2, 7, '{"user":{"name":"Bram"}}']]))[0]?.bytes).toEqual(entries[1]?.bytes);
  });

  it('steps over skipped entries without reading their state', () => {
    const entries = decodeAwareness(bytes, (id) => id === 2);
    expect(entries.map((e) => e.clientId)).toEqual([1, 3]);
    expect(entries[1]?.json).toBe('null');
  });

  it('refuses a skipped state whose length runs past the message', () => {
    const cut = bytes.subarray(0, bytes.length - 8);
    expect(() => decodeAwareness(cut, (id) => id === 3)).toThrow();
    expect(() => decodeAwareness(cut)).toThrow();
  });
});
