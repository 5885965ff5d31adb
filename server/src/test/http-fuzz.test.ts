import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startServer, type TestServer } from './startServer.js';

const RUNS = Number(process.env.PLG_HTTP_FUZZ_RUNS ?? 1500);

describe('HTTP fuzzing of every API route', () => {
  let server: TestServer;
  let boardId = '';
  let key = '';
  beforeAll(async () => {
    // Rate limits are per IP; inject() comes from one address, so give the fuzzer room.
    server = await startServer();
    const board = await createBoard(server.url);
    boardId = board.id;
    key = board.facilitatorKey;
  });
  afterAll(() => server.close());

  const segment = fc.oneof(
    fc.constantFrom('', 'x', '..', '%00', '%2e%2e', 'AAAAAAAAAAAAAAAAAAAAAA', "';--", '<script>'),
    fc.string({ maxLength: 30 }).map(encodeURIComponent),
    fc.constant(''),
  );
  const route = fc.oneof(
    fc.constant('/api/boards'),
    fc.constant('/api/boards/import'),
    segment.map((s) => `/api/boards/${s}`),
    fc.tuple(fc.boolean(), segment).map(([own, s]) => `/api/boards/${own ? boardId : s}`),
    fc
      .tuple(
        fc.boolean(),
        fc.constantFrom(
          'session',
          'history',
          'history/1',
          'history/x/restore',
          'extend',
          'import',
          'export.json',
          'export.csv',
          'export.pdf',
          'export.exe',
        ),
      )
      .map(([own, tail]) => `/api/boards/${own ? boardId : 'AAAAAAAAAAAAAAAAAAAAAA'}/${tail}`),
    segment.map((s) => `/api/join/${s}`),
    segment.map((s) => `/api/view/${s}`),
    fc.constant('/api/time'),
    fc.constant('/healthz'),
  );
  const body = fc.oneof(
    fc.constant(undefined),
    fc.json(),
    fc.string({ maxLength: 200 }),
    fc.record(
      { title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), template: fc.string(), lang: fc.string() },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        type: fc.constantFrom('setPhase', 'timer', 'openVoting', 'summon', 'nope'),
        phaseId: fc.string(),
        action: fc.string(),
        on: fc.anything(),
        x: fc.double(),
        days: fc.integer(),
      },
      { requiredKeys: ['type'] },
    ),
  );
  const auth = fc.oneof(
    fc.constant(undefined),
    fc.constant('own'),
    fc.string({ maxLength: 40 }).map((s) => `Bearer ${s}`),
    fc.string({ maxLength: 40 }),
  );
  const contentType = fc.constantFrom(
    undefined,
    'application/json',
    'text/plain',
    'text/csv',
    'application/octet-stream',
    'multipart/form-data; boundary=x',
  );

  it(`answers ${RUNS} random requests without a 5xx, a stack trace or a non-JSON error`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        route,
        body,
        auth,
        contentType,
        async (method, url, payload, authorization, type) => {
          const headers: Record<string, string> = {};
          if (authorization) headers.authorization = authorization === 'own' ? `Bearer ${key}` : authorization;
          if (type) headers['content-type'] = type;
          // Never delete the shared board: the fuzzer would only test 404s afterwards.
          if (method === 'DELETE' && authorization === 'own') return;
          const res = await server.app.inject({
            method: method as 'GET',
            url,
            headers,
            ...(payload === undefined || method === 'GET'
              ? {}
              : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
          });
          expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
          expect(res.body).not.toMatch(/\bat\s+\S+\.(ts|js|mjs):\d+/);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type']).toMatch(/application\/json/);
            const json = res.json();
            expect(typeof json.error?.code).toBe('string');
            expect(typeof json.error?.message).toBe('string');
          }
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.PLG_FUZZ_SEED ?? 99) },
    );
  }, 120_000);
});
