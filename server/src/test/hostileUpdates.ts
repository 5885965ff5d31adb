/**
 * fast-check arbitraries of hostile websocket frames for the fuzz test: raw bytes, truncated
 * varints, absurd length prefixes, corrupt Yjs updates in valid envelopes, the update shapes
 * known to make Yjs loop, stall or half-integrate, updates with unknown top-level types or
 * wrongly typed note fields, and oversized or invalid awareness states.
 */
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

/** `[0 sync][2 update][bytes]`. */
export const syncUpdate = (update: Uint8Array, sub = 2) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, sub);
    encoding.writeVarUint8Array(e, update);
  });

const awareness = (entries: [number, number, string][]) =>
  frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame((a) => {
        encoding.writeVarUint(a, entries.length);
        for (const [client, clock, json] of entries) {
          encoding.writeVarUint(a, client);
          encoding.writeVarUint(a, clock);
          encoding.writeVarString(a, json);
        }
      }),
    );
  });

function noteUpdate(client: number, build: (note: Y.Map<unknown>, doc: Y.Doc) => void, root = 'notes'): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  const note = new Y.Map<unknown>();
  doc.getMap(root).set(`fuzz${client}abcd`, note);
  build(note, doc);
  return Y.encodeStateAsUpdate(doc);
}

const validNote = (client: number) =>
  noteUpdate(client, (n) => {
    n.set('id', `fuzz${client}abcd`);
    n.set('text', new Y.Text('hallo'));
    for (const [k, v] of Object.entries({
      x: 1,
      y: 2,
      width: 200,
      height: 160,
      color: '#ffffff',
      createdAt: 1,
      authorId: '',
    }))
      n.set(k, v);
  });

const clientId = fc.integer({ min: 1, max: 2 ** 30 });

/** Wrongly typed note fields and other content a board must never hold. */
const badContent = fc.oneof(
  clientId.map((c) => noteUpdate(c, (n) => n.set('x', 'links'))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('text', 42))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('color', 'javascript:alert(1)'))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('evil', '<script>alert(1)</script>'))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('text', new Y.Text('x'.repeat(5000))))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('nested', new Y.Array()))),
  clientId.map((c) => noteUpdate(c, (n) => n.set('blob', new Uint8Array(10)))),
  clientId.map((c) => noteUpdate(c, () => {}, 'unknownRoot')),
  clientId.map((c) => noteUpdate(c, () => {}, 'session')),
  clientId.map((c) => {
    const d = new Y.Doc();
    d.clientID = c;
    d.getArray('notes').insert(0, [1, 2, 3]);
    return Y.encodeStateAsUpdate(d);
  }),
  clientId.map((c) => {
    const d = new Y.Doc();
    d.clientID = c;
    d.getMap('notes').set('sub', new Y.Doc());
    return Y.encodeStateAsUpdate(d);
  }),
);

/** Shapes known to stall or poison a Yjs document. */
const knownHazards = fc.oneof(
  // Thousands of clients writing one key.
  fc.integer({ min: 65, max: 400 }).map((n) =>
    Y.mergeUpdates(
      Array.from({ length: n }, (_, i) => {
        const d = new Y.Doc();
        d.clientID = i + 1;
        d.getMap('notes').set('k', i);
        return Y.encodeStateAsUpdate(d);
      }),
    ),
  ),
  // An update with a gap (depends on content nobody sent).
  clientId.map((c) => {
    const d = new Y.Doc();
    d.clientID = c;
    const parts: Uint8Array[] = [];
    d.on('update', (u: Uint8Array) => parts.push(u));
    d.getMap('notes').set('a', 1);
    d.getMap('notes').set('b', 2);
    return parts[1] as Uint8Array;
  }),
  // A huge delete set.
  fc.integer({ min: 20_001, max: 40_000 }).map((n) =>
    frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 77);
      encoding.writeVarUint(e, n);
      for (let i = 0; i < n; i++) {
        encoding.writeVarUint(e, i * 2);
        encoding.writeVarUint(e, 1);
      }
    }),
  ),
  // Zero-length string item.
  clientId.map((c) =>
    frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, c);
      encoding.writeVarUint(e, 0);
      encoding.writeUint8(e, 4 | 0x20);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, 'notes');
      encoding.writeVarString(e, 'k');
      encoding.writeVarString(e, '');
      encoding.writeVarUint(e, 0);
    }),
  ),
);

/** A valid update with random bytes overwritten. */
const corruptUpdate = fc
  .tuple(clientId, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }))
  .map(([c, flips]) => {
    const u = validNote(c).slice();
    for (const [pos, byte] of flips) u[pos % u.length] = byte;
    return u;
  });

const truncatedUpdate = fc.tuple(clientId, fc.nat()).map(([c, cut]) => {
  const u = validNote(c);
  return u.subarray(0, 1 + (cut % (u.length - 1)));
});

export const hostileFrame: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  // Truncated varints: every byte has its continuation bit set.
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((b) => b.map((x) => x | 0x80)),
  // Length prefixes near 2^32.
  fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 64 })).map(([type, k]) =>
    frame((e) => {
      encoding.writeVarUint(e, type);
      if (type === 0) encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 2 ** 32 - k);
      encoding.writeUint8Array(e, new Uint8Array(8));
    }),
  ),
  corruptUpdate.map((u) => syncUpdate(u)),
  truncatedUpdate.map((u) => syncUpdate(u, 1)),
  badContent.map((u) => syncUpdate(u)),
  knownHazards.map((u) => syncUpdate(u)),
  // Awareness: huge, malformed, or claiming to be someone else.
  fc
    .integer({ min: 3000, max: 200_000 })
    .map((n) => awareness([[1, 1, JSON.stringify({ user: { id: '', name: 'x'.repeat(n), color: '#000000' } })]])),
  fc.string({ maxLength: 40 }).map((s) => awareness([[2, 1, s]])),
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.nat(),
        fc.constant('{"user":{"id":"","name":"x","color":"#000000"}}'),
      ),
      { maxLength: 30 },
    )
    .map(awareness),
);
