/**
 * Probe clients: full stock providers (y-websocket's WebsocketProvider; Hocuspocus's own
 * provider for Hocuspocus) that decode everything and time each move and cursor they see:
 * latency = arrival − the send time the sender wrote into the coordinates.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { newSecret, notesOf, participantIdOf } from '@plg/shared';
import { WebSocket } from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type Counters, WS_OPTIONS } from './loadClient.js';
import type { TargetName } from './targets/target.js';

process.setMaxListeners(0);

/** Window and sample sinks shared by a worker's probes. */
export interface ProbeSink {
  windowFrom: number;
  windowTo: number;
  moves: number[];
  cursors: number[];
}

/** A `ws` WebSocket that counts frames in both directions (inside the window). */
function countingSocket(counters: Counters): typeof WebSocket {
  return class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols ?? [], WS_OPTIONS);
      this.on('message', (data: Buffer | ArrayBuffer) => {
        if (!counters.counting) return;
        counters.recvFrames++;
        counters.recvBytes += data.byteLength;
      });
    }
    override send(data: Uint8Array, ...rest: unknown[]): void {
      if (counters.counting) {
        counters.sentFrames++;
        counters.sentBytes += data.byteLength;
      }
      (super.send as (d: Uint8Array, ...r: unknown[]) => void)(data, ...rest);
    }
  } as typeof WebSocket;
}

export class Probe {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  readonly startedAt: number;
  syncedAt = 0;
  readonly synced: Promise<void>;
  private readonly destroyProvider: () => void;

  constructor(
    target: TargetName,
    wsBase: string,
    readonly room: string,
    counters: Counters,
    private readonly sink: ProbeSink,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
    const secret = newSecret();
    const Polyfill = countingSocket(counters);
    let onSynced: (cb: () => void) => void;
    if (target === 'hocuspocus') {
      const socket = new HocuspocusProviderWebsocket({ url: wsBase, WebSocketPolyfill: Polyfill });
      const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: this.doc });
      provider.attach();
      this.awareness = provider.awareness as Awareness;
      onSynced = (cb) => (provider.isSynced ? cb() : provider.on('synced', cb));
      this.destroyProvider = () => {
        provider.destroy();
        socket.destroy();
      };
    } else {
      const provider = new WebsocketProvider(wsBase, room, this.doc, {
        WebSocketPolyfill: Polyfill as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: { as: secret },
      });
      this.awareness = provider.awareness;
      onSynced = (cb) => (provider.synced ? cb() : provider.on('sync', (s: boolean) => s && cb()));
      this.destroyProvider = () => provider.destroy();
    }
    const id = participantIdOf(secret);
    this.awareness.setLocalState({ user: { id, name: 'Probe', color: '#0072b2' }, cursor: null });
    this.synced = new Promise((resolve) =>
      onSynced(() => {
        if (this.syncedAt === 0) this.syncedAt = this.now();
        resolve();
      }),
    );
    this.observe();
  }

  private observe(): void {
    const notes = notesOf(this.doc);
    notes.observeDeep((events) => {
      const at = this.now();
      for (const event of events) {
        const note = event.target;
        if (note === notes || !(note instanceof Y.Map) || !(event instanceof Y.YMapEvent)) continue;
        if (!event.keysChanged.has('x') && !event.keysChanged.has('y')) continue;
        this.record(this.sink.moves, note.get('x'), note.get('y'), at);
      }
    });
    this.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
      const at = this.now();
      const states = this.awareness.getStates();
      for (const ids of [added, updated]) {
        for (const id of ids) {
          const cursor = (states.get(id) as { cursor?: { x: unknown; y: unknown } | null } | undefined)?.cursor;
          if (cursor) this.record(this.sink.cursors, cursor.x, cursor.y, at);
        }
      }
    });
  }

  private record(into: number[], x: unknown, y: unknown, at: number): void {
    if (typeof x !== 'number' || typeof y !== 'number' || x < 0) return;
    const sentAt = x + y / 1000;
    if (sentAt >= this.sink.windowFrom && sentAt < this.sink.windowTo) into.push(at - sentAt);
  }

  /** Positions of the notes moved during the run: [id, x, y]. */
  finals(): [string, number, number][] {
    const out: [string, number, number][] = [];
    for (const [id, note] of notesOf(this.doc)) {
      if (!(note instanceof Y.Map)) continue;
      const x = note.get('x');
      if (typeof x === 'number' && x >= 0) out.push([id, x, note.get('y') as number]);
    }
    return out;
  }

  noteCount(): number {
    return notesOf(this.doc).size;
  }

  destroy(): void {
    this.destroyProvider();
    this.doc.destroy();
  }
}
