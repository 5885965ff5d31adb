/**
 * Stock y-websocket clients for tests: Node's `ws` as the WebSocket, BroadcastChannel off
 * (two providers in one process would otherwise sync without any server).
 */
import { newSecret, type Presence, participantIdOf, presenceColor } from '@plg/shared';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Each Node WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(200);

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  secret: string;
  participantId: string;
  /** Close events seen (code, reason). */
  closes: { code: number; reason: string }[];
  /** Permission-denied reasons received. */
  denied: string[];
  /** Every frame received, as bytes. */
  received: Uint8Array[];
  destroy(): void;
}

/** A `ws` WebSocket that records every frame it receives (to inspect the bytes on the wire). */
function recordingSocket(received: Uint8Array[], deflate: boolean): typeof WebSocket {
  return class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols ?? [], { perMessageDeflate: deflate });
      this.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    }
  } as typeof WebSocket;
}

export function connectClient(
  wsUrl: string,
  room: string,
  options: {
    key?: string;
    secret?: string | null;
    doc?: Y.Doc;
    connect?: boolean;
    /** Offer permessage-deflate, as browsers and `ws` do by default. */
    deflate?: boolean;
  } = {},
): TestClient {
  const received: Uint8Array[] = [];
  const doc = options.doc ?? new Y.Doc();
  const secret = options.secret === null ? '' : (options.secret ?? newSecret());
  const params: Record<string, string> = {};
  if (secret) params.as = secret;
  if (options.key) params.key = options.key;
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: recordingSocket(received, options.deflate ?? true) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
    connect: options.connect ?? true,
    maxBackoffTime: 300,
  });
  const client: TestClient = {
    doc,
    provider,
    secret,
    participantId: secret ? participantIdOf(secret) : '',
    closes: [],
    denied: [],
    received,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on('connection-close', (event) => {
    if (event) client.closes.push({ code: event.code, reason: event.reason });
  });
  // y-websocket logs permission-denied; capture the reason instead.
  const authHandler = provider.messageHandlers[2];
  provider.messageHandlers[2] = (encoder, decoder, p, emitSynced, type) => {
    const copy = { ...decoder, pos: decoder.pos } as typeof decoder;
    try {
      // [varUint 0][varString reason]
      const reason = readDenied(copy.arr.subarray(copy.pos));
      if (reason !== null) client.denied.push(reason);
    } catch {
      /* not a permission-denied message */
    }
    const warn = console.warn;
    console.warn = () => {};
    try {
      authHandler?.(encoder, decoder, p, emitSynced, type);
    } finally {
      console.warn = warn;
    }
  };
  return client;
}

function readDenied(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0) return null;
  let len = 0;
  let shift = 0;
  let i = 1;
  for (;;) {
    const b = bytes[i++] as number;
    len |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7;
  }
  return new TextDecoder().decode(bytes.subarray(i, i + len));
}

/** A valid presence state for a client. */
export function presenceOf(client: TestClient, name: string, extra: Partial<Presence> = {}): Presence {
  return {
    user: { id: client.participantId, name, color: presenceColor(client.participantId) },
    cursor: null,
    ...extra,
  };
}

/** Resolves when the provider has synced with the server. */
export function synced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    const on = (isSynced: boolean) => {
      if (!isSynced) return;
      clearTimeout(timer);
      client.provider.off('sync', on);
      resolve();
    };
    client.provider.on('sync', on);
  });
}

/** Resolves when `predicate` holds, re-checking on every document or awareness change. */
export function until(
  client: TestClient,
  predicate: () => boolean,
  what = 'condition',
  timeoutMs = 10_000,
): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      client.doc.off('update', check);
      client.provider.awareness.off('change', check);
      client.provider.off('status', check);
      client.provider.off('connection-close', check);
    };
    client.doc.on('update', check);
    client.provider.awareness.on('change', check);
    client.provider.on('status', check);
    client.provider.on('connection-close', check);
  });
}

/** Resolves with the next close event of the provider's socket. */
export function nextClose(client: TestClient, timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
  const seen = client.closes.length;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no close in time')), timeoutMs);
    const on = () => {
      if (client.closes.length <= seen) return;
      clearTimeout(timer);
      client.provider.off('connection-close', on);
      resolve(client.closes[seen] as { code: number; reason: string });
    };
    client.provider.on('connection-close', on);
    on();
  });
}
