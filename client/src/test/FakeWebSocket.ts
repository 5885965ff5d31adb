/**
 * A scriptable in-memory WebSocket for connection tests: the test plays the server by
 * answering y-websocket frames with y-protocols helpers and closing with our close codes.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { writePermissionDenied } from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

export class FakeWebSocket {
  static instances: FakeWebSocket[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = 0;
  binaryType = 'arraybuffer';
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.instances.push(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(new Uint8Array(data));
  }

  close(): void {
    this.readyState = 3;
  }

  // --- the test's side ---
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }

  receive(bytes: Uint8Array): void {
    this.onmessage?.({ data: bytes.slice().buffer });
  }

  /** Plays the server's side of the handshake: its state (step 2) and its state vector (step 1). */
  syncFrom(serverDoc: Y.Doc): void {
    const step2 = encoding.createEncoder();
    encoding.writeVarUint(step2, 0);
    syncProtocol.writeSyncStep2(step2, serverDoc);
    this.receive(encoding.toUint8Array(step2));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, serverDoc);
    this.receive(encoding.toUint8Array(step1));
  }

  deny(reason: string): void {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 2);
    writePermissionDenied(enc, reason);
    this.receive(encoding.toUint8Array(enc));
  }

  serverClose(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  /** Applies the client's sync updates (step 2 and updates) to a server doc. */
  applySentTo(serverDoc: Y.Doc): void {
    for (const frame of this.sent) {
      const dec = decoding.createDecoder(frame);
      if (decoding.readVarUint(dec) !== 0) continue;
      const reply = encoding.createEncoder();
      syncProtocol.readSyncMessage(dec, reply, serverDoc, 'client');
    }
    this.sent = [];
  }

  static reset(): void {
    FakeWebSocket.instances = [];
  }

  static last(): FakeWebSocket {
    const ws = FakeWebSocket.instances.at(-1);
    if (!ws) throw new Error('no socket');
    return ws;
  }
}
