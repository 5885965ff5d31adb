/**
 * Reading compressed client messages in one step instead of through a zlib stream.
 *
 * Browsers compress every message once permessage-deflate is agreed (the server wants it for
 * what it sends: see sharedFrame.ts). `ws` inflates each one through an asynchronous zlib
 * stream: a thread-pool round trip and stream machinery for a 100-byte cursor, which profiling
 * a 500-client room showed costing more than everything else done per message. The server
 * negotiates client_no_context_takeover, so a whole (unfragmented) message stands alone and a
 * one-shot `inflateRawSync` yields the same bytes. This replaces `ws`'s `decompress` for exactly
 * that case and leaves every other case (fragments, context takeover, the client side) to `ws`.
 * The result is handed back on the next tick, as `ws`'s receiver expects (never re-entrantly).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, inflateRawSync } from 'node:zlib';

type Callback = (error: Error | null, data?: Buffer) => void;

interface PerMessageDeflate {
  _isServer: boolean;
  _maxPayload: number;
  params: Record<string, unknown> | null;
  decompress(data: Buffer, fin: boolean, callback: Callback): void;
}

/** RFC 7692: the 4 bytes the sender stripped from the end of each message. */
const TRAILER = Buffer.from([0x00, 0x00, 0xff, 0xff]);

let installed = false;

/** Patches `ws` (8.x) once per process; does nothing if its internals are not where expected. */
export function installSyncInflate(): boolean {
  if (installed) return true;
  const require = createRequire(import.meta.url);
  let proto: PerMessageDeflate;
  let kStatusCode: symbol;
  try {
    const lib = join(dirname(require.resolve('ws/package.json')), 'lib');
    proto = (require(join(lib, 'permessage-deflate.js')) as { prototype: PerMessageDeflate }).prototype;
    kStatusCode = (require(join(lib, 'constants.js')) as { kStatusCode: symbol }).kStatusCode;
  } catch {
    return false;
  }
  if (typeof proto.decompress !== 'function' || typeof kStatusCode !== 'symbol') return false;
  const streamed = proto.decompress;
  /** Instances in the middle of a fragmented message (which the stream must finish). */
  const midMessage = new WeakSet<PerMessageDeflate>();

  proto.decompress = function (this: PerMessageDeflate, data: Buffer, fin: boolean, callback: Callback) {
    const selfContained = this._isServer && this.params?.client_no_context_takeover === true;
    if (!selfContained || !fin || midMessage.has(this)) {
      if (fin) midMessage.delete(this);
      else midMessage.add(this);
      streamed.call(this, data, fin, callback);
      return;
    }
    let out: Buffer;
    try {
      out = inflateRawSync(Buffer.concat([data, TRAILER]), {
        finishFlush: constants.Z_SYNC_FLUSH,
        ...(this._maxPayload > 0 ? { maxOutputLength: this._maxPayload } : {}),
      });
    } catch (error) {
      const tooBig = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      const failure = tooBig ? new RangeError('Max payload size exceeded') : (error as Error);
      (failure as unknown as Record<symbol, number>)[kStatusCode] = tooBig ? 1009 : 1007;
      process.nextTick(callback, failure);
      return;
    }
    process.nextTick(callback, null, out);
  };
  installed = true;
  return true;
}
