import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { AwarenessEntry } from './awarenessFilter.js';
import { Presence } from './Presence.js';

/** One checked entry as awarenessFilter hands it over. */
function entry(clientId: number, clock: number, state: object | null): AwarenessEntry {
  const json = JSON.stringify(state);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, clientId);
  encoding.writeVarUint(e, clock);
  encoding.writeVarString(e, json);
  return { clientId, clock, json, bytes: encoding.toUint8Array(e), removes: state === null };
}

function decode(update: Uint8Array | null): Map<number, [number, unknown]> {
  const out = new Map<number, [number, unknown]>();
  if (!update) return out;
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  for (let i = 0; i < n; i++) {
    const id = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    out.set(id, [clock, JSON.parse(decoding.readVarString(d))]);
  }
  return out;
}

type Op = { kind: 'apply'; entries: [number, number, number | null][] } | { kind: 'remove'; ids: number[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('apply' as const),
    entries: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ max: 3 }))),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), ids: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }) }),
);

describe('Presence', () => {
  it('relays and keeps exactly what y-protocols Awareness on a server would', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const doc = new Y.Doc();
        doc.clientID = 999_999;
        const ref = new awarenessProtocol.Awareness(doc);
        ref.setLocalState(null);
        let refChanged = new Set<number>();
        ref.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
          for (const ids of [added, updated, removed]) for (const id of ids ?? []) refChanged.add(id);
        });
        const presence = new Presence(() => {});
        try {
          for (const op of ops) {
            if (op.kind === 'apply') {
              const entries = op.entries.map(([id, clock, v]) =>
                entry(id, clock, v === null ? null : { cursor: { x: v } }),
              );
              const e = encoding.createEncoder();
              encoding.writeVarUint(e, entries.length);
              for (const x of entries) encoding.writeUint8Array(e, x.bytes);
              awarenessProtocol.applyAwarenessUpdate(ref, encoding.toUint8Array(e), 'conn');
              presence.apply(entries);
            } else {
              awarenessProtocol.removeAwarenessStates(ref, op.ids, 'disconnect');
              presence.remove(op.ids);
            }
            const expected = refChanged.size > 0 ? awarenessProtocol.encodeAwarenessUpdate(ref, [...refChanged]) : null;
            refChanged = new Set();
            expect(decode(presence.takeChanged())).toEqual(decode(expected));
            const all = awarenessProtocol.encodeAwarenessUpdate(ref, [...ref.getStates().keys()]);
            expect(decode(presence.encodeAll())).toEqual(decode(all));
            expect(presence.size).toBe(ref.getStates().size);
          }
        } finally {
          ref.destroy();
          presence.destroy();
          doc.destroy();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('relays the entry bytes as they arrived', () => {
    const presence = new Presence(() => {});
    const e = entry(7, 3, { user: { id: 'a', name: 'Anne', color: '#d55e00' }, cursor: { x: 1, y: 2 } });
    presence.apply([e]);
    const update = presence.takeChanged() as Uint8Array;
    expect([...update.subarray(1)]).toEqual([...e.bytes]);
    presence.destroy();
  });
});
