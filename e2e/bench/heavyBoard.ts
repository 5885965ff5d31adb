/**
 * Heavy boards for the client benchmark: a board created over HTTP, then filled with `count`
 * notes through a Node y-websocket client (the facilitator), in large transactions made with the
 * shared ops. Notes lie in a grid centred on the model's zones, with seeded Dutch text.
 */
import {
  addNotesTo,
  boundsOf,
  type CreateBoardResponse,
  LocalOrigin,
  NOTE_COLORS,
  newSecret,
  notesOf,
  readBoard,
} from '@plg/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export const NOTE_W = 200;
export const NOTE_H = 160;
const GAP = 30;
/** Notes per transaction: well under the server's 1 MiB frame and 20,000-struct update limits. */
const BATCH = 400;

const WORDS = (
  'samen leren lessen leerlingen feedback collega ontwikkelen onderzoek doelen data toetsen team ' +
  'visie eigenaarschap reflectie coaching observatie werkdruk vertrouwen ouders rekenen lezen ' +
  'burgerschap differentiatie leerlijn formatief evaluatie afspraken professionalisering schoolleider'
).split(' ');

/** Small seeded PRNG (mulberry32), so every run draws the same board. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)] as string);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface HeavyBoard {
  board: CreateBoardResponse;
  ids: string[];
  /** Board-unit rectangle covering zones and notes. */
  extent: { x: number; y: number; width: number; height: number };
}

export function wsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/ws`;
}

/** A Node y-websocket client as the facilitator; resolves once synced. */
export async function connectFacilitator(
  baseUrl: string,
  board: CreateBoardResponse,
): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl(baseUrl), board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { as: newSecret(), key: board.facilitatorKey },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('heavy board: no sync in 20 s')), 20_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider };
}

/** Polls with fresh clients until the server holds `count` notes (it stores before it relays). */
async function waitStored(baseUrl: string, board: CreateBoardResponse, count: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const check = await connectFacilitator(baseUrl, board);
    const stored = notesOf(check.doc).size;
    check.provider.destroy();
    check.doc.destroy();
    if (stored >= count) return;
    if (Date.now() > deadline) throw new Error(`heavy board: ${stored} of ${count} notes stored`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function createHeavyBoard(baseUrl: string, count: number, seed = count): Promise<HeavyBoard> {
  const res = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Benchmark ${count} briefjes`, template: 'plg', lang: 'nl' }),
  });
  if (res.status !== 201) throw new Error(`create board: ${res.status}`);
  const board = (await res.json()) as CreateBoardResponse;
  const { doc, provider } = await connectFacilitator(baseUrl, board);
  const zones = boundsOf(readBoard(doc).zones) ?? { x: 0, y: 0, width: 3000, height: 2000 };
  const rand = prng(seed);
  // A grid about as wide as 16:9, centred on the model.
  const cols = Math.ceil(Math.sqrt((count * 16) / 9) * ((NOTE_H + GAP) / (NOTE_W + GAP)));
  const rows = Math.ceil(count / cols);
  const gridW = cols * (NOTE_W + GAP);
  const gridH = rows * (NOTE_H + GAP);
  const x0 = Math.round(zones.x + zones.width / 2 - gridW / 2);
  const y0 = Math.round(zones.y + zones.height / 2 - gridH / 2);
  const origin = new LocalOrigin('bench');
  const ids: string[] = [];
  const now = Date.now() - count;
  for (let start = 0; start < count; start += BATCH) {
    const inputs = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      inputs.push({
        x: x0 + (i % cols) * (NOTE_W + GAP) + Math.round(rand() * 10),
        y: y0 + Math.floor(i / cols) * (NOTE_H + GAP) + Math.round(rand() * 10),
        text: sentence(rand),
        color: NOTE_COLORS[Math.floor(rand() * NOTE_COLORS.length)]?.hex,
        createdAt: now + i,
      });
    }
    ids.push(...addNotesTo(notesOf(doc), inputs, origin));
  }
  await waitStored(baseUrl, board, count);
  provider.destroy();
  doc.destroy();
  const extent = boundsOf([zones, { x: x0, y: y0, width: gridW, height: gridH }]) ?? zones;
  return { board, ids, extent };
}
