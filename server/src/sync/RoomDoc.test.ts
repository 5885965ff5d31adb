import {
  addNote,
  DEFAULT_TEMPLATE_ID,
  deleteNotes,
  initBoard,
  moveNotes,
  ROOT,
  readBoard,
  SERVER_ORIGIN,
} from '@plg/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeFrame, encodeSyncUpdate } from './frames.js';
import { MAX_TAIL_FRAMES, RoomDoc } from './RoomDoc.js';
import { SharedFrame } from './sharedFrame.js';

const ROOTS = new Set<string>(Object.values(ROOT));

/** A writer's board and a RoomDoc holding the same state, fed the writer's updates as a room would. */
function setup() {
  const writer = new Y.Doc();
  initBoard(
    writer,
    { title: 'T', templateId: DEFAULT_TEMPLATE_ID, lang: 'nl', createdAt: 0, joinCode: '' },
    SERVER_ORIGIN,
  );
  const room = new RoomDoc(ROOTS, {
    snapshot: Y.encodeStateAsUpdate(writer),
    updates: [],
    lastSeq: 0,
    snapshotVersion: 1,
  });
  /** Makes a change on the writer and relays it to the room (its frame, then applied). */
  const change = (fn: (doc: Y.Doc) => void): SharedFrame => {
    const before = Y.encodeStateVector(writer);
    fn(writer);
    const update = Y.encodeStateAsUpdate(writer, before);
    const frame = new SharedFrame(encodeSyncUpdate(update), 3);
    room.apply(update, null, frame);
    return frame;
  };
  return { writer, room, change };
}

/** What a joining client makes of a reply: every frame applied in order, as y-websocket does. */
function join(reply: readonly SharedFrame[]): { doc: Y.Doc; kinds: string[] } {
  const doc = new Y.Doc();
  const kinds: string[] = [];
  for (const part of reply) {
    const frame = decodeFrame(part.payload);
    kinds.push(frame.type);
    if (frame.type === 'sync-step2' || frame.type === 'sync-update') Y.applyUpdate(doc, frame.update);
  }
  return { doc, kinds };
}

describe('RoomDoc: the reply to a client that joins with nothing', () => {
  it('is the last full state, then the frames relayed since: no new encoding per join', () => {
    const { writer, room, change } = setup();
    change((d) => addNote(d, { x: 0, y: 0, text: 'een' }, 'w'));
    const first = room.fullStateReply();
    expect(first).toHaveLength(1);
    let id = '';
    const added = change((d) => {
      id = addNote(d, { x: 1, y: 1, text: 'twee' }, 'w');
    });
    const moved = change((d) => moveNotes(d, [{ id, x: 50, y: 60 }], null));
    const second = room.fullStateReply();
    // The same step 2 as before (not encoded again), followed by what was relayed since, in order.
    expect(second).toHaveLength(3);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(added);
    expect(second[2]).toBe(moved);
    const joined = join(second);
    expect(joined.kinds).toEqual(['sync-step2', 'sync-update', 'sync-update']);
    expect(readBoard(joined.doc)).toEqual(readBoard(writer));
    expect(Y.encodeStateVector(joined.doc)).toEqual(Y.encodeStateVector(writer));
    // Asked again without a change in between: the very same list.
    expect(room.fullStateReply()).toBe(second);
  });

  it(`encodes the state again once ${MAX_TAIL_FRAMES} frames follow it`, () => {
    const { writer, room, change } = setup();
    let id = '';
    change((d) => {
      id = addNote(d, { x: 0, y: 0, text: 'sleep mij' }, 'w');
    });
    const base = room.fullStateReply()[0];
    for (let i = 1; i <= MAX_TAIL_FRAMES; i++) change((d) => moveNotes(d, [{ id, x: i, y: i }], null));
    const full = room.fullStateReply();
    expect(full[0]).toBe(base);
    expect(full).toHaveLength(1 + MAX_TAIL_FRAMES);
    change((d) => moveNotes(d, [{ id, x: -1, y: -1 }], null));
    const fresh = room.fullStateReply();
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(base);
    expect(readBoard(join(fresh).doc)).toEqual(readBoard(writer));
  });

  it('encodes the state again when the updates since outweigh a quarter of it', () => {
    const { writer, room, change } = setup();
    room.fullStateReply();
    // One change of about 40 KB: more than 16 KB and than a quarter of the (small) state.
    change((d) =>
      d.transact(() => {
        for (let i = 0; i < 20; i++) addNote(d, { x: i, y: 0, text: 'Wij leren samen. '.repeat(100) }, 'w');
      }),
    );
    const reply = room.fullStateReply();
    expect(reply).toHaveLength(1);
    expect(readBoard(join(reply).doc)).toEqual(readBoard(writer));
  });

  it('encodes the state again after a change that came without a relayed frame', () => {
    const { writer, room } = setup();
    const base = room.fullStateReply()[0];
    const before = Y.encodeStateVector(writer);
    addNote(writer, { x: 0, y: 0, text: 'zonder frame' }, 'w');
    room.apply(Y.encodeStateAsUpdate(writer, before), null);
    const reply = room.fullStateReply();
    expect(reply).toHaveLength(1);
    expect(reply[0]).not.toBe(base);
    expect(readBoard(join(reply).doc).notes.map((n) => n.text)).toEqual(['zonder frame']);
  });

  it('encodes the state again when a change deletes anything but a position, so deleted text never reaches a joiner', () => {
    const { room, change } = setup();
    room.fullStateReply();
    let id = '';
    change((d) => {
      id = addNote(d, { x: 0, y: 0, text: 'geheim' }, 'w');
    });
    expect(room.fullStateReply()).toHaveLength(2);
    change((d) => deleteNotes(d, [id], 'w'));
    const reply = room.fullStateReply();
    expect(reply).toHaveLength(1);
    const bytes = Buffer.concat(reply.map((part) => Buffer.from(part.payload)));
    expect(bytes.includes('geheim')).toBe(false);
  });

  it('encodes the state again after a change made on the document directly', () => {
    const { room, change } = setup();
    change((d) => addNote(d, { x: 0, y: 0, text: 'een' }, 'w'));
    const base = room.fullStateReply()[0];
    addNote(room.doc, { x: 1, y: 1, text: 'buiten apply om' }, 'server');
    const reply = room.fullStateReply();
    expect(reply).toHaveLength(1);
    expect(reply[0]).not.toBe(base);
  });
});
