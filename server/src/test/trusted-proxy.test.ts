/**
 * Per-IP limits and X-Forwarded-For. Without TRUST_PROXY the header is ignored: requests over one
 * socket count as the socket's address however the header varies. With TRUST_PROXY naming the
 * proxy, each forwarded address has its own budget — and only the address the proxy appended
 * counts, not whatever a client put in front of it. Small limits (3 boards an hour, 2
 * connections) keep the test fast.
 */
import { Agent, request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { serverForSuite } from './suite.js';

const LIMITS_ENV = { BOARDS_PER_IP_PER_HOUR: '3', MAX_CONNECTIONS_PER_IP: '2' };

/** HTTP over a single kept-alive socket, as a proxy (or one client) would send it. */
function oneSocket() {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (url: string, method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; json: { error?: { code: string } } & Record<string, unknown> }>((resolve, reject) => {
      const req = request(`${url}${path}`, { method, agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  return {
    agent,
    /** POST /api/boards with `X-Forwarded-For: xff` (none when null). */
    create: (url: string, xff: string | null) =>
      send(
        url,
        'POST',
        '/api/boards',
        { 'content-type': 'application/json', ...(xff === null ? {} : { 'x-forwarded-for': xff }) },
        JSON.stringify({ title: 'Studiedag' }),
      ),
    /** POST /api/boards/import (a JSON backup) with `X-Forwarded-For: xff`. */
    importBackup: (url: string, xff: string, backup: string) =>
      send(url, 'POST', '/api/boards/import', { 'content-type': 'application/json', 'x-forwarded-for': xff }, backup),
  };
}

/** Opens a websocket with `X-Forwarded-For: xff`; resolves with the close code, or 0 when it was let in. */
function connectAs(wsUrl: string, boardId: string, xff: string): Promise<{ ws: WebSocket; code: number }> {
  const ws = new WebSocket(`${wsUrl}/${boardId}`, { headers: { 'x-forwarded-for': xff } });
  // One let in gets the server's sync step 1 at once; one refused, a close (both may come in the
  // same packet as the upgrade, so listen from the start).
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve({ ws, code: 0 }));
    ws.once('close', (code) => resolve({ ws, code }));
    ws.once('error', reject);
  });
}

describe('without TRUST_PROXY, X-Forwarded-For is ignored', () => {
  const suite = serverForSuite({ env: LIMITS_ENV });
  const http = oneSocket();
  afterAll(() => http.agent.destroy());

  it('counts every new board from one socket as one address, create and import alike', async () => {
    const { url } = suite.server;
    const first = await http.create(url, '10.0.0.1');
    expect(first.status).toBe(201);
    const key = first.json.facilitatorKey as string;
    const backup = await fetch(`${url}/api/boards/${first.json.id}/export.json`, {
      headers: { authorization: `Bearer ${key}` },
    }).then((r) => r.text());
    expect((await http.importBackup(url, '10.0.0.2', backup)).status).toBe(201);
    expect((await http.create(url, '10.0.0.3')).status).toBe(201);
    // The fourth board in the hour, whatever the header says and however it is made.
    for (const res of [await http.create(url, '10.0.0.4'), await http.importBackup(url, '10.0.0.5', backup)]) {
      expect(res.status).toBe(429);
      expect(res.json.error?.code).toBe('RATE_LIMITED');
    }
    expect((await http.create(url, null)).status).toBe(429);
  });

  it('counts every websocket from this host as one address', async () => {
    // This address's board budget may be spent: a board made by the server itself will do.
    const { id } = await suite.server.app.boards.create({ title: 'x' }, suite.server.url);
    const a = await connectAs(suite.server.wsUrl, id, '10.0.0.1');
    const b = await connectAs(suite.server.wsUrl, id, '10.0.0.2');
    const c = await connectAs(suite.server.wsUrl, id, '10.0.0.3');
    expect([a.code, b.code, c.code]).toEqual([0, 0, 4429]);
    for (const s of [a, b, c]) s.ws.close();
  });
});

describe('with TRUST_PROXY=127.0.0.1, each forwarded address counts on its own', () => {
  const suite = serverForSuite({ env: { ...LIMITS_ENV, TRUST_PROXY: '127.0.0.1' } });
  const http = oneSocket();
  afterAll(() => http.agent.destroy());

  it('gives each forwarded address its own budget of boards, and the limit still applies to each', async () => {
    const { url } = suite.server;
    const statuses = async (xff: string | null, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await http.create(url, xff)).status);
      return out;
    };
    expect(await statuses('10.0.0.1', 4)).toEqual([201, 201, 201, 429]);
    expect(await statuses('10.0.0.2', 4)).toEqual([201, 201, 201, 429]);
    // A client cannot escape by putting addresses of its own in front: the proxy appends the
    // address it saw, and that one counts.
    expect(await statuses('203.0.113.9, 10.0.0.1', 1)).toEqual([429]);
    expect(await statuses('203.0.113.10, 10.0.0.3', 1)).toEqual([201]);
    // The proxy's own requests (no header) are the proxy's address.
    expect(await statuses(null, 1)).toEqual([201]);
  });

  it('gives each forwarded address its own websocket connections, up to the limit', async () => {
    const { server } = suite;
    const { id } = await server.app.boards.create({ title: 'x' }, server.url);
    const opened = [];
    for (const xff of ['10.0.1.1', '10.0.1.1', '10.0.1.2', '10.0.1.2', '10.0.1.3'])
      opened.push(await connectAs(server.wsUrl, id, xff));
    const third = await connectAs(server.wsUrl, id, '10.0.1.1');
    expect(opened.map((o) => o.code)).toEqual([0, 0, 0, 0, 0]);
    expect(third.code).toBe(4429);
    for (const s of [...opened, third]) s.ws.close();
  });
});
