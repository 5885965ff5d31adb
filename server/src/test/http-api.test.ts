import { BoardInfo, CreateBoardResponse } from '@plg/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './startServer.js';

describe('HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { PUBLIC_URL: 'https://plg.school.example' } });
  });
  afterAll(() => server.close());

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    server.app.inject({
      method: 'POST',
      url: '/api/boards',
      headers,
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('creates a board with unguessable ids, the key only in the fragment', async () => {
    const res = await post({ title: 'Studiedag', template: 'plg', lang: 'nl' });
    expect(res.statusCode).toBe(201);
    const body = CreateBoardResponse.parse(res.json());
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.facilitatorKey).not.toBe(body.id);
    expect(body.url).toBe(`https://plg.school.example/b/${body.id}`);
    expect(body.facilitatorUrl).toBe(`https://plg.school.example/b/${body.id}#key=${body.facilitatorKey}`);
    expect(body.viewerUrl).not.toContain(body.id);
    expect(body.joinCode).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    // The key is stored only as a hash.
    const record = await server.storage.getBoard(body.id);
    expect(JSON.stringify(record)).not.toContain(body.facilitatorKey);
  });

  it('returns metadata without the key; the role only with the right key', async () => {
    const created = CreateBoardResponse.parse(
      (await post({ title: 'Metadata', template: 'empty', lang: 'en' })).json(),
    );
    const info = await server.app.inject({ method: 'GET', url: `/api/boards/${created.id}` });
    expect(info.statusCode).toBe(200);
    expect(BoardInfo.parse(info.json())).toMatchObject({
      id: created.id,
      title: 'Metadata',
      templateId: 'empty',
      lang: 'en',
    });
    expect(info.body).not.toContain(created.facilitatorKey);
    const asFacilitator = await server.app.inject({
      method: 'GET',
      url: `/api/boards/${created.id}`,
      headers: { authorization: `Bearer ${created.facilitatorKey}` },
    });
    expect(asFacilitator.json().role).toBe('facilitator');
    expect(asFacilitator.json().viewerUrl).toBe(created.viewerUrl);
    const wrong = await server.app.inject({
      method: 'GET',
      url: `/api/boards/${created.id}`,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('FORBIDDEN');
  });

  it('answers bad input with a JSON error and no stack trace', async () => {
    for (const [body, headers] of [
      [{}, undefined],
      [{ title: '' }, undefined],
      [{ title: 'x'.repeat(500) }, undefined],
      [{ title: 'ok', template: 'nope' }, undefined],
      [{ title: 'ok', lang: 'fr' }, undefined],
      ['{not json', { 'content-type': 'application/json' }],
    ] as const) {
      const res = await post(body, headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('INVALID_INPUT');
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    // The shared schemas (zod/mini) fail with the same readable English message as the server's own.
    expect((await post({ title: '   ' })).json().error.message).toBe(
      'title: Too small: expected string to have >=1 characters',
    );
    expect((await post({ title: 'ok', lang: 'fr' })).json().error.message).toBe(
      'lang: Invalid option: expected one of "nl"|"en"',
    );
  });

  it('answers unknown boards, viewer links and codes with 404 JSON', async () => {
    for (const url of [
      '/api/boards/AAAAAAAAAAAAAAAAAAAAAA',
      '/api/boards/short',
      '/api/view/AAAAAAAAAAAAAAAAAAAAAA',
      '/api/join/ABCDEF',
      '/api/nope',
    ]) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('resolves a join code (case and dashes forgiven) and a viewer link', async () => {
    const created = CreateBoardResponse.parse((await post({ title: 'Met code' })).json());
    const code = `${created.joinCode.slice(0, 3).toLowerCase()}-${created.joinCode.slice(3)}`;
    const joined = await server.app.inject({ method: 'GET', url: `/api/join/${code}` });
    expect(joined.json()).toEqual({ id: created.id, title: 'Met code' });
    const viewId = created.viewerUrl.split('/v/')[1];
    const view = await server.app.inject({ method: 'GET', url: `/api/view/${viewId}` });
    expect(view.json()).toMatchObject({ viewId, title: 'Met code' });
    expect(view.body).not.toContain(created.id);
  });

  it('sends security headers', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
