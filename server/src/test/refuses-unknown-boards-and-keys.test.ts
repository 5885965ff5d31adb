import { newSecret } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose } from './yClient.js';

function rawClose(url: string, headers: Record<string, string> = {}): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    ws.on('error', reject);
  });
}

describe('the websocket refuses what does not belong', () => {
  const suite = serverForSuite();

  it('refuses an unknown board with 4404, and creates nothing', async () => {
    const id = newSecret();
    const client = connectClient(suite.server.wsUrl, id);
    const close = await nextClose(client);
    expect(close).toEqual({ code: 4404, reason: 'unknown board' });
    client.destroy();
    expect(await suite.server.storage.getBoard(id)).toBeNull();
    expect(await suite.server.storage.loadDoc(id)).toBeNull();
    expect(await rawClose(`${suite.server.wsUrl}/not-an-id`)).toEqual({ code: 4404, reason: 'unknown board' });
  });

  it('refuses a wrong facilitator key with 4401', async () => {
    const board = await createBoard(suite.server.url);
    const client = connectClient(suite.server.wsUrl, board.id, { key: 'wrong-key-wrong-key-xx' });
    expect((await nextClose(client)).code).toBe(4401);
    client.destroy();
  });

  it('refuses a browser from a foreign origin', async () => {
    const board = await createBoard(suite.server.url);
    const close = await rawClose(`${suite.server.wsUrl}/${board.id}`, { origin: 'https://evil.example' });
    expect(close.code).toBe(4400);
  });
});
