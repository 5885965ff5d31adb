/**
 * Per-suite test servers and raw sockets: a real server started before a suite's tests and
 * closed after them, with every client the tests opened torn down first.
 */
import { afterAll, beforeAll } from 'vitest';
import { WebSocket } from 'ws';
import { createBoard, startServer, type TestServer } from './startServer.js';
import { connectClient, synced } from './yClient.js';

export interface Suite {
  readonly server: TestServer;
  /** Registers clients (or people) to destroy when the suite ends. */
  track(...items: { destroy(): void }[]): void;
}

export function serverForSuite(options: Parameters<typeof startServer>[0] = {}): Suite {
  let server: TestServer | undefined;
  const tracked: { destroy(): void }[] = [];
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    for (const item of tracked) item.destroy();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('server not started yet');
      return server;
    },
    track: (...items) => tracked.push(...items),
  };
}

/** Opens a raw websocket (no y-websocket client) and resolves once it is open. */
export function openRaw(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** A new board with two synced clients on it (torn down with the suite), and its live room. */
export async function twoOnNewBoard(suite: Suite) {
  const board = await createBoard(suite.server.url);
  const a = connectClient(suite.server.wsUrl, board.id);
  const b = connectClient(suite.server.wsUrl, board.id);
  suite.track(a, b);
  await Promise.all([synced(a), synced(b)]);
  const room = suite.server.app.rooms.rooms.get(board.id);
  if (!room) throw new Error('board not loaded');
  return { board, a, b, room };
}
