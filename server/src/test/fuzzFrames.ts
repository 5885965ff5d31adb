/**
 * Seeded generators of hostile websocket frames: random bytes, truncated and mis-framed
 * y-websocket messages, absurd length prefixes, corrupt Yjs updates in valid envelopes,
 * and huge or invalid awareness states.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bytes = (r: () => number, n: number) => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** A real update (a note map) to truncate and corrupt. */
function sampleUpdate(r: () => number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = Math.floor(r() * 2 ** 30);
  const note = new Y.Map<unknown>();
  doc.getMap('notes').set(`note${Math.floor(r() * 1e6)}abcd`, note);
  note.set('x', r() * 100);
  const text = new Y.Text();
  note.set('text', text);
  text.insert(0, 'hallo wereld');
  return Y.encodeStateAsUpdate(doc);
}

export type FrameKind =
  | 'random'
  | 'truncated-update'
  | 'corrupt-update'
  | 'huge-length'
  | 'unknown-type'
  | 'bad-sync-type'
  | 'bad-state-vector'
  | 'awareness-garbage'
  | 'awareness-huge';

export const FRAME_KINDS: readonly FrameKind[] = [
  'random',
  'truncated-update',
  'corrupt-update',
  'huge-length',
  'unknown-type',
  'bad-sync-type',
  'bad-state-vector',
  'awareness-garbage',
  'awareness-huge',
];

/** One hostile frame of the given kind. */
export function hostileFrame(kind: FrameKind, r: () => number): Uint8Array {
  switch (kind) {
    case 'random':
      return bytes(r, Math.floor(r() * 64));
    case 'truncated-update': {
      const u = sampleUpdate(r);
      const cut = u.subarray(0, Math.max(1, Math.floor(r() * (u.length - 1))));
      return frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, r() < 0.5 ? 1 : 2);
        encoding.writeVarUint8Array(e, cut);
      });
    }
    case 'corrupt-update': {
      const u = sampleUpdate(r).slice();
      const flips = 1 + Math.floor(r() * 4);
      for (let i = 0; i < flips; i++) u[Math.floor(r() * u.length)] = Math.floor(r() * 256);
      return frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, u);
      });
    }
    case 'huge-length':
      return frame((e) => {
        encoding.writeVarUint(e, r() < 0.5 ? 0 : 1);
        if (r() < 0.5) encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 2 ** 32 - Math.floor(r() * 16));
        encoding.writeUint8Array(e, bytes(r, 8));
      });
    case 'unknown-type':
      return frame((e) => {
        encoding.writeVarUint(e, 4 + Math.floor(r() * 1000));
        encoding.writeUint8Array(e, bytes(r, 8));
      });
    case 'bad-sync-type':
      return frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 3 + Math.floor(r() * 100));
        encoding.writeVarUint8Array(e, bytes(r, 8));
      });
    case 'bad-state-vector':
      return frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, bytes(r, 1 + Math.floor(r() * 12)));
      });
    case 'awareness-garbage':
      return frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(
          e,
          frame((a) => {
            encoding.writeVarUint(a, 1);
            encoding.writeVarUint(a, Math.floor(r() * 2 ** 30));
            encoding.writeVarUint(a, Math.floor(r() * 100));
            encoding.writeVarString(a, r() < 0.5 ? '{"user":' : JSON.stringify({ user: 42, evil: '<script>' }));
          }),
        );
      });
    case 'awareness-huge':
      return frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(
          e,
          frame((a) => {
            encoding.writeVarUint(a, 1);
            encoding.writeVarUint(a, Math.floor(r() * 2 ** 30));
            encoding.writeVarUint(a, 1);
            encoding.writeVarString(
              a,
              JSON.stringify({ user: { id: '', name: 'x'.repeat(100_000), color: '#000000' } }),
            );
          }),
        );
      });
  }
}
