import { ROOT_NAMES } from '@plg/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { precheckUpdate } from './updatePrecheck.js';

const roots = new Set<string>(ROOT_NAMES);
const boardDoc = () => {
  const doc = new Y.Doc();
  for (const r of roots) doc.getMap(r);
  return doc;
};
const check = (update: Uint8Array, doc = boardDoc()) => precheckUpdate(update, doc, roots);

/** A v1 update with one struct: a string item under a root map key (hand-written, to allow bad shapes). */
function handUpdate(opts: { root?: string; key?: string; text?: string; ds?: [number, number][] }): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // clients
  encoding.writeVarUint(e, 1); // structs
  encoding.writeVarUint(e, 4242); // client
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 4 | 0x20); // ContentString, has parentSub
  encoding.writeVarUint(e, 1); // parent is a root name
  encoding.writeVarString(e, opts.root ?? 'notes');
  encoding.writeVarString(e, opts.key ?? 'k');
  encoding.writeVarString(e, opts.text ?? 'x');
  const ranges = opts.ds ?? [];
  encoding.writeVarUint(e, ranges.length ? 1 : 0);
  if (ranges.length) {
    encoding.writeVarUint(e, 4242);
    encoding.writeVarUint(e, ranges.length);
    for (const [clock, len] of ranges) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

describe('precheckUpdate', () => {
  it('accepts what honest clients send', () => {
    const doc = new Y.Doc();
    const note = new Y.Map<unknown>();
    doc.getMap('notes').set('abcdefgh', note);
    note.set('text', new Y.Text('hallo'));
    note.set('x', 10);
    expect(check(Y.encodeStateAsUpdate(doc))).toMatchObject({ ok: true });
    expect(check(handUpdate({}))).toMatchObject({ ok: true });
  });

  it('refuses undecodable bytes', () => {
    expect(check(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
    expect(check(handUpdate({}).subarray(0, 10))).toMatchObject({ ok: false });
  });

  it('refuses zero-length structs', () => {
    expect(check(handUpdate({ text: '' }))).toEqual({ ok: false, reason: 'zero-length struct' });
  });

  it('refuses skips (updates with gaps)', () => {
    const doc = new Y.Doc();
    const parts: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => parts.push(u));
    doc.getMap('notes').set('a', 1);
    doc.getMap('notes').set('b', 2);
    doc.getMap('notes').set('c', 3);
    const gappy = Y.mergeUpdates([parts[0]!, parts[2]!]);
    expect(check(gappy)).toEqual({ ok: false, reason: 'skip struct' });
  });

  it('refuses updates from too many clients (tens of thousands writing one key stall Yjs)', () => {
    const updates = Array.from({ length: 500 }, (_, i) => {
      const d = new Y.Doc();
      d.clientID = i + 1;
      d.getMap('notes').set('k', i);
      return Y.encodeStateAsUpdate(d);
    });
    expect(check(Y.mergeUpdates(updates))).toEqual({ ok: false, reason: 'too many clients' });
  });

  it('refuses huge, unsorted or overlapping delete sets', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => [i * 2, 1] as [number, number]);
    expect(check(handUpdate({ ds: many }))).toEqual({ ok: false, reason: 'too many delete ranges' });
    expect(
      check(
        handUpdate({
          ds: [
            [10, 5],
            [12, 5],
          ],
        }),
      ),
    ).toEqual({ ok: false, reason: 'overlapping delete ranges' });
    expect(
      check(
        handUpdate({
          ds: [
            [10, 5],
            [2, 1],
          ],
        }),
      ),
    ).toEqual({ ok: false, reason: 'overlapping delete ranges' });
  });

  it('refuses unknown top-level types and content a board never holds', () => {
    expect(check(handUpdate({ root: 'evil' }))).toEqual({ ok: false, reason: 'unknown top-level type' });
    const arrays = new Y.Doc();
    arrays.getMap('notes').set('a', new Y.Array());
    expect(check(Y.encodeStateAsUpdate(arrays))).toEqual({ ok: false, reason: 'shared type not allowed' });
    const binary = new Y.Doc();
    binary.getMap('notes').set('a', new Uint8Array([1, 2]));
    expect(check(Y.encodeStateAsUpdate(binary))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/content not allowed/),
    });
    const subdoc = new Y.Doc();
    subdoc.getMap('notes').set('a', new Y.Doc());
    expect(check(Y.encodeStateAsUpdate(subdoc))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/content not allowed/),
    });
    const xml = new Y.Doc();
    xml.getMap('notes').set('a', new Y.XmlFragment());
    expect(check(Y.encodeStateAsUpdate(xml))).toEqual({ ok: false, reason: 'shared type not allowed' });
  });

  it('refuses items whose conflict scan would be too costly, accepts the honest insert', () => {
    // A long text written by two clients in turn (so its items do not merge).
    const doc = boardDoc();
    const note = new Y.Map<unknown>();
    doc.getMap('notes').set('n', note);
    note.set('text', new Y.Text());
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const textOf = (d: Y.Doc) => (d.getMap('notes').get('n') as Y.Map<unknown>).get('text') as Y.Text;
    for (let i = 0; i < 3000; i++) {
      const writer = i % 2 ? other : doc;
      const reader = i % 2 ? doc : other;
      const sv = Y.encodeStateVector(writer);
      textOf(writer).insert(i, 'a');
      Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer, sv));
    }
    const first = (textOf(doc) as unknown as { _start: Y.Item })._start;

    // Honest: insert after the first character; Yjs records its right neighbour too.
    const honest = new Y.Doc();
    Y.applyUpdate(honest, Y.encodeStateAsUpdate(doc));
    honest.clientID = 7;
    textOf(honest).insert(1, 'z');
    expect(check(Y.encodeStateAsUpdate(honest, Y.encodeStateVector(doc)), doc)).toMatchObject({ ok: true });

    // Hostile: 50 items claiming "after the first character, right origin unknown": each scans the whole text.
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 50);
    encoding.writeVarUint(e, 99);
    encoding.writeVarUint(e, 0);
    for (let i = 0; i < 50; i++) {
      encoding.writeUint8(e, 4 | 0x80); // ContentString with origin
      encoding.writeVarUint(e, first.id.client);
      encoding.writeVarUint(e, first.id.clock);
      encoding.writeVarString(e, 'z');
    }
    encoding.writeVarUint(e, 0);
    expect(check(encoding.toUint8Array(e), doc)).toEqual({ ok: false, reason: 'update too costly to integrate' });
  });
});
