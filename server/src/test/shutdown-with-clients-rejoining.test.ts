/**
 * SIGTERM while browsers keep reconnecting: the server still exits. A join that was still on its
 * way (board lookup, room load) when the rooms closed used to open a room after the shutdown had
 * closed them all; its live connection then kept the process running for good.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type ChildServer, createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, type TestClient, until } from './yClient.js';

const CLIENTS = 24;
const RESTARTS = 6;

describe('a clean shutdown with clients rejoining', () => {
  const dataDir = tempDataDir();
  const clients: TestClient[] = [];
  afterAll(() => {
    for (const c of clients) c.destroy();
    removeDir(dataDir);
  });

  it('exits on SIGTERM every time, however busy the reconnects', async () => {
    let server: ChildServer = await startChildServer(dataDir);
    const port = server.port;
    const board = await createBoard(server.url);
    for (let i = 0; i < CLIENTS; i++) clients.push(connectClient(server.wsUrl, board.id));
    for (let round = 0; round < RESTARTS; round++) {
      // Some of them are connected (the others are joining or retrying every few ms).
      await until(clients[0] as TestClient, () => clients.some((c) => c.provider.wsconnected), 'a client connected');
      const code = await Promise.race([
        server.kill('SIGTERM'),
        new Promise<string>((res) => setTimeout(() => res('still running after 10 s'), 10_000).unref()),
      ]);
      if (code === 'still running after 10 s') await server.kill('SIGKILL');
      expect(code, `round ${round}`).toBe(0);
      server = await startChildServer(dataDir, port);
    }
    await server.kill('SIGTERM');
  });
});
