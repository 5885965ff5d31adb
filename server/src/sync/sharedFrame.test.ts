import { createRequire } from 'node:module';
import { constants, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFLATE_MIN_BYTES, DEFLATE_MIN_FANOUT_BYTES, SharedFrame } from './sharedFrame.js';

/** ws's own frame parser (exported by ws, not typed by @types/ws). */
interface WsReceiver {
  on(event: 'message', cb: (data: Buffer) => void): void;
  on(event: 'error', cb: (error: Error) => void): void;
  write(chunk: Buffer): void;
}
const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean; maxPayload: number }) => WsReceiver;
};

/** Every message `ws`'s own parser (as a client) reads from `bytes`. */
function parse(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  receiver.on('message', (data: Buffer) => out.push(Buffer.from(data)));
  receiver.on('error', (error: Error) => {
    throw error;
  });
  receiver.write(bytes);
  return out;
}

/** RFC 7692: the compressed body plus the stripped empty block inflates to the message. */
function inflateFrame(frame: Buffer): { rsv1: boolean; message: Buffer } {
  const len7 = (frame[1] as number) & 0x7f;
  const header = len7 < 126 ? 2 : len7 === 126 ? 4 : 10;
  const body = Buffer.concat([frame.subarray(header), Buffer.from([0, 0, 0xff, 0xff])]);
  return {
    rsv1: ((frame[0] as number) & 0x40) !== 0,
    message: inflateRawSync(body, { finishFlush: constants.Z_SYNC_FLUSH }),
  };
}

const random = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(Math.random() * 256)));
const cursors = (n: number) =>
  Buffer.from(
    Array.from({ length: n }, (_, i) =>
      JSON.stringify({ user: { name: `Leerling ${i}` }, cursor: { x: i, y: i } }),
    ).join(''),
  );

describe('SharedFrame', () => {
  it('frames a payload of every header size so that ws reads it back unchanged', () => {
    for (const n of [0, 1, 125, 126, 127, 65_535, 65_536, 200_000]) {
      const payload = random(n);
      const frame = new SharedFrame(payload).plain();
      const messages = parse(frame);
      expect(messages, `payload of ${n} bytes`).toHaveLength(1);
      expect((messages[0] as Buffer).equals(payload), `payload of ${n} bytes`).toBe(true);
    }
  });

  it('compresses a presence-like payload once, into a frame that inflates to it', () => {
    for (const n of [5, 80, 2_000]) {
      const payload = cursors(n);
      const shared = new SharedFrame(payload, 1000);
      const frame = shared.deflated();
      expect(frame, `${n} cursors`).not.toBeNull();
      const { rsv1, message } = inflateFrame(frame as Buffer);
      expect(rsv1).toBe(true);
      expect(message.equals(payload)).toBe(true);
      expect((frame as Buffer).length).toBeLessThan(payload.length / 2);
      // Built once: every connection gets the same bytes.
      expect(shared.deflated()).toBe(frame);
      expect(shared.plain()).toBe(shared.plain());
    }
  });

  it('leaves small and incompressible payloads uncompressed', () => {
    expect(new SharedFrame(cursors(1).subarray(0, DEFLATE_MIN_BYTES - 1), 1000).deflated()).toBeNull();
    expect(new SharedFrame(random(4096), 1000).deflated()).toBeNull();
  });

  it('compresses only when size times recipients makes it worth it', () => {
    const payload = cursors(10);
    const enough = Math.ceil(DEFLATE_MIN_FANOUT_BYTES / payload.length);
    expect(new SharedFrame(payload, enough - 1).deflated()).toBeNull();
    expect(new SharedFrame(payload, enough).deflated()).not.toBeNull();
  });
});
