/**
 * A bare websocket writer for limit tests: it sends ready-made Yjs updates without syncing the
 * board first (a 16 MiB board need not be downloaded to add a note), records the
 * permission-denied reasons and the close code it gets, and a bounded polling helper.
 */
import { MESSAGE, SYNC } from '@plg/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { openRaw } from './suite.js';

export interface RawWriter {
  readonly ws: WebSocket;
  /** Permission-denied reasons received, in order. */
  readonly denied: string[];
  /** The close code, once the server has closed the connection. */
  code: number | null;
  /** Sends one update as a y-websocket sync update. */
  send(update: Uint8Array): void;
  close(): void;
}

/** Opens a raw writer to a board (`name` is a board id, or `<id>/private?as=…`). */
export async function rawWriter(wsUrl: string, name: string): Promise<RawWriter> {
  const ws = await openRaw(`${wsUrl}/${name}`);
  const writer: RawWriter = {
    ws,
    denied: [],
    code: null,
    send(update) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE.sync);
      encoding.writeVarUint(e, SYNC.update);
      encoding.writeVarUint8Array(e, update);
      ws.send(encoding.toUint8Array(e));
    },
    close: () => ws.close(),
  };
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== MESSAGE.auth || decoding.readVarUint(d) !== 0) return;
    writer.denied.push(decoding.readVarString(d));
  });
  ws.once('close', (code) => {
    writer.code = code;
  });
  return writer;
}

/** Resolves once `predicate` holds, checking every few milliseconds; rejects after `timeoutMs`. */
export async function eventually(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
