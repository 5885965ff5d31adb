import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { coveredBy, readDeleteSet } from './deleteSet.js';

/** A board-like document in which `x` was overwritten `moves` times (each overwrite deletes). */
function moved(moves: number, clientID = 7): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const note = new Y.Map<number>();
  doc.getMap('notes').set('n1', note);
  for (let i = 0; i < moves; i++) note.set('x', i);
  return doc;
}

/** The delete set of `doc` as an update without structs. */
function deletions(doc: Y.Doc): Uint8Array {
  return Y.diffUpdate(Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc));
}

describe('delete sets read from update bytes', () => {
  it('reads what Yjs deleted, per client, with adjacent ranges merged', () => {
    const ds = readDeleteSet(deletions(moved(4)));
    // Clock 0 is the note; clocks 1–3 the overwritten values of x, one after another: one range.
    expect(ds).toEqual(new Map([[7, [[1, 3]]]]));
    // Written as two touching ranges and out of order (client 7: [2, +2], [1, +1]): merged.
    expect(readDeleteSet(new Uint8Array([0, 1, 7, 2, 2, 2, 1, 1]))).toEqual(new Map([[7, [[1, 3]]]]));
  });

  it('refuses an update that still carries structs, and bytes that are not an update', () => {
    expect(readDeleteSet(Y.encodeStateAsUpdate(moved(2)))).toBeNull();
    expect(readDeleteSet(new Uint8Array([0, 1, 7]))).toBeNull();
    expect(readDeleteSet(new Uint8Array([0, 0, 9]))).toBeNull();
  });

  it('covers what an earlier copy deleted, not what only a later one did', () => {
    const doc = moved(3);
    const earlier = readDeleteSet(deletions(doc));
    (doc.getMap('notes').get('n1') as Y.Map<number>).set('x', 99);
    const later = readDeleteSet(deletions(doc));
    if (!earlier || !later) throw new Error('unreadable');
    expect(coveredBy(earlier, later)).toBe(true);
    expect(coveredBy(later, earlier)).toBe(false);
    // Another client's deletions are never covered by one that has none of that client.
    const other = readDeleteSet(deletions(moved(3, 8)));
    if (!other) throw new Error('unreadable');
    expect(coveredBy(other, later)).toBe(false);
  });
});
