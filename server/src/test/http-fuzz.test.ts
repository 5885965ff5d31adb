/**
 * HTTP fuzzing of every API route (fast-check, seeded): random methods, paths, bodies, content
 * types and keys — the board's real id, key, join code, viewer id and version ids among them,
 * CSV and XLSX uploads whole, truncated and corrupted. No 5xx, no stack trace, JSON errors only.
 * Throwaway boards are deleted with their key, after which every route of theirs answers 404.
 */
import type { CreateBoardResponse } from '@plg/shared';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS } from '../export/formats.js';
import { CSV_MIME, XLSX_MIME } from '../import/readTable.js';
import { createBoard, startServer, type TestServer } from './startServer.js';
import { connectClient, nextClose } from './yClient.js';

const RUNS = Number(process.env.PLG_HTTP_FUZZ_RUNS ?? 1500);
const DELETE_RUNS = Number(process.env.PLG_HTTP_FUZZ_DELETE_RUNS ?? 25);
const SEED = Number(process.env.PLG_FUZZ_SEED ?? 99);
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
const NO_BOARD = 'AAAAAAAAAAAAAAAAAAAAAA';

/** Asserts what every answer must be: no 5xx, no stack trace, errors as JSON `{ error: { code, message } }`. */
function expectSafe(res: LightMyRequestResponse, label: string): void {
  expect(res.statusCode, label).toBeLessThan(500);
  expect(res.body, label).not.toMatch(/\bat\s+\S+\.(ts|js|mjs|cjs):\d+/);
  if (res.statusCode < 400) return;
  expect(res.headers['content-type'], label).toMatch(/application\/json/);
  const json = res.json();
  expect(typeof json.error?.code, label).toBe('string');
  expect(typeof json.error?.message, label).toBe('string');
}

/** The route tails under `/api/boards/:id/`; `version` is a version id the board has. */
function boardTails(version: number): string[] {
  return [
    'session',
    'history',
    `history/${version}`,
    'history/1',
    'history/0',
    'history/x',
    `history/${version}/restore`,
    'history/x/restore',
    'extend',
    'import',
    ...EXPORT_FORMAT_IDS.map((f) => `export.${f}`),
    'export.exe',
    '',
  ];
}

describe('HTTP fuzzing of every API route', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  let viewId = '';
  let version = 0;
  let xlsx: Buffer;
  beforeAll(async () => {
    // Rate limits are per IP; inject() comes from one address, so the expensive routes (exports,
    // imports) soon answer 429: that bounds the run and is fuzzed too.
    server = await startServer();
    board = await createBoard(server.url);
    viewId = new URL(board.viewerUrl).pathname.split('/').pop() as string;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Ideas').addRows([
      ['Text', 'Zone'],
      ['Gedeelde waarden', 'Professionele cultuur'],
      ['=1+1', 'onbekend'],
    ]);
    xlsx = Buffer.from(await book.xlsx.writeBuffer());
    // An import keeps a version of the board: the history routes get a real version id.
    const imported = await server.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/import`,
      headers: { authorization: `Bearer ${board.facilitatorKey}`, 'content-type': XLSX_MIME },
      payload: xlsx,
    });
    expect(imported.statusCode).toBe(200);
    version = (await server.app.history.list(board.id))[0]?.id ?? 0;
    expect(version).toBeGreaterThan(0);
  });
  afterAll(() => server.close());

  const segment = () =>
    fc.oneof(
      fc.constantFrom('', 'x', '..', '%00', '%2e%2e', NO_BOARD, "';--", '<script>', board.id, viewId),
      fc.constantFrom(
        board.joinCode,
        board.joinCode.toLowerCase(),
        `${board.joinCode.slice(0, 3)}-${board.joinCode.slice(3)}`,
      ),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
    );
  const upload = () =>
    fc.oneof(
      fc.constant(xlsx),
      fc.nat().map((n) => xlsx.subarray(0, n % xlsx.length)),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
        const copy = Buffer.from(xlsx);
        copy[at % copy.length] = byte;
        return copy;
      }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      fc.constantFrom('Tekst;Zone\nHallo;Cultuur\n', 'text,zone\n"open quote,x\n', '\uFEFF\u0000;;\n').map(Buffer.from),
    );
  const body = () =>
    fc.oneof(
      fc.constant(undefined),
      fc.json(),
      fc.string({ maxLength: 200 }),
      upload(),
      fc.record(
        { title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), template: fc.string(), lang: fc.string() },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          type: fc.constantFrom('setPhase', 'timer', 'openVoting', 'summon', 'reveal', 'nope'),
          phaseId: fc.string(),
          action: fc.string(),
          on: fc.anything(),
          x: fc.double(),
          days: fc.oneof(fc.integer(), fc.constant(30)),
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
    'application/json; charset=utf-8',
    'text/plain',
    CSV_MIME,
    XLSX_MIME,
    'application/octet-stream',
    'multipart/form-data; boundary=x',
  );
  const payloadOf = (payload: unknown) =>
    payload === undefined
      ? {}
      : { payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) };

  it(`answers ${RUNS} random requests without a 5xx, a stack trace or a non-JSON error`, async () => {
    const own = `/api/boards/${board.id}`;
    const route = fc.oneof(
      fc.constantFrom('/api/boards', '/api/boards/import', '/api/time', '/healthz'),
      segment().map((s) => `/api/boards/${s}`),
      fc
        .tuple(fc.boolean(), fc.constantFrom(...boardTails(version)))
        .map(([mine, tail]) => `/api/boards/${mine ? board.id : NO_BOARD}/${tail}`),
      segment().map((s) => `/api/join/${s}`),
      segment().map((s) => `/api/view/${s}`),
    );
    const random = fc.record({
      kind: fc.constant(''),
      method: fc.constantFrom(...METHODS),
      url: route,
      payload: body(),
      authorization: auth,
      type: contentType,
    });
    const command = fc.oneof(
      fc.record({ type: fc.constantFrom('setLocked', 'setHideCursors', 'setFollowMe'), on: fc.boolean() }),
      fc.record({ type: fc.constant('timer'), action: fc.constantFrom('start', 'pause', 'reset', 'addMinute') }),
    );
    // Requests aimed at each route as the client sends them (the right method, key and content
    // type) with fuzzed bodies: these get past routing and auth into the parsers and handlers.
    const aimed = (kind: string, method: string, url: string, payload: fc.Arbitrary<unknown>, type?: string) =>
      fc.record({
        kind: fc.constant(kind),
        method: fc.constant(method as (typeof METHODS)[number]),
        url: fc.constant(url),
        payload,
        authorization: fc.constant('own'),
        type: fc.constant(type),
      });
    const well = fc.oneof(
      // The 30 exports a minute go mostly to the quick formats (a PDF takes a while to render).
      fc.oneof(
        ...EXPORT_FORMAT_IDS.map((f) => ({
          arbitrary: aimed(`export.${f}`, 'GET', `${own}/export.${f}`, fc.constant(undefined)),
          weight: f === 'pdf' || f === 'docx' ? 1 : 5,
        })),
      ),
      aimed('import xlsx', 'POST', `${own}/import`, upload(), XLSX_MIME),
      aimed('import csv', 'POST', `${own}/import`, upload(), CSV_MIME),
      aimed('history', 'GET', `${own}/history`, fc.constant(undefined)),
      aimed('version', 'GET', `${own}/history/${version}`, fc.constant(undefined)),
      aimed('restore', 'POST', `${own}/history/${version}/restore`, fc.constant(undefined)),
      aimed('extend', 'POST', `${own}/extend`, fc.oneof(body(), fc.constant({ days: 30 })), 'application/json'),
      aimed('session', 'POST', `${own}/session`, fc.oneof(body(), command), 'application/json'),
      aimed('board', 'GET', own, fc.constant(undefined)),
      aimed('join', 'GET', `/api/join/${board.joinCode}`, fc.constant(undefined)),
      aimed('view', 'GET', `/api/view/${viewId}`, fc.constant(undefined)),
    );
    const answered = new Map<string, Set<number>>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(random, well), async ({ kind, method, url, payload, authorization, type }) => {
        const headers: Record<string, string> = {};
        if (authorization)
          headers.authorization = authorization === 'own' ? `Bearer ${board.facilitatorKey}` : authorization;
        if (type) headers['content-type'] = type;
        // The shared board is deleted only in the test below (here it would only test 404s).
        if (method === 'DELETE' && authorization === 'own') return;
        const res = await server.app.inject({ method, url, headers, ...(method === 'GET' ? {} : payloadOf(payload)) });
        expectSafe(res, `${method} ${url}`);
        if (kind) answered.set(kind, (answered.get(kind) ?? new Set()).add(res.statusCode));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Every route was reached and answered for real at least once (not only refused).
    for (const kind of ['board', 'join', 'view', 'history', 'version', 'restore', 'extend', 'session'])
      expect([...(answered.get(kind) ?? [])], kind).toContain(200);
    for (const f of EXPORT_FORMAT_IDS) expect([...(answered.get(`export.${f}`) ?? [])], f).toContain(200);
    for (const kind of ['import xlsx', 'import csv']) {
      expect([...(answered.get(kind) ?? [])], kind).toContain(200);
      expect([...(answered.get(kind) ?? [])], kind).toContain(400);
    }
  }, 120_000);

  it(`deletes ${DELETE_RUNS} throwaway boards with their key; afterwards every route of theirs answers 404`, async () => {
    let n = 0;
    const deleted: string[] = [];
    const request = fc.record({
      method: fc.constantFrom(...METHODS),
      tail: fc.constantFrom(...boardTails(1)),
      payload: body(),
      type: contentType,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(request, { maxLength: 4 }),
        fc.array(request, { maxLength: 6 }),
        async (before, after) => {
          // Each throwaway board from an address of its own (boards per IP per hour).
          const created = await server.app.inject({
            method: 'POST',
            url: '/api/boards',
            remoteAddress: `198.51.100.${++n}`,
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify({ title: `Weg ${n}` }),
          });
          expect(created.statusCode).toBe(201);
          const gone = created.json() as CreateBoardResponse;
          const goneView = new URL(gone.viewerUrl).pathname.split('/').pop() as string;
          const send = (method: string, url: string, payload?: unknown, type?: string) =>
            server.app.inject({
              method: method as 'GET',
              url,
              headers: { authorization: `Bearer ${gone.facilitatorKey}`, ...(type ? { 'content-type': type } : {}) },
              ...(method === 'GET' ? {} : payloadOf(payload)),
            });
          for (const r of before) {
            if (r.method === 'DELETE') continue;
            const url = `/api/boards/${gone.id}/${r.tail}`;
            expectSafe(await send(r.method, url, r.payload, r.type), `${r.method} ${url}`);
          }
          expect((await send('DELETE', `/api/boards/${gone.id}`)).statusCode).toBe(204);
          deleted.push(gone.id);
          for (const r of after) {
            const url = `/api/boards/${gone.id}/${r.tail}`;
            const res = await send(r.method, url, r.payload, r.type);
            expectSafe(res, `${r.method} ${url} after delete`);
            // Gone: 404, or refused before the board is looked up (a body that does not parse, a
            // rate limit); never an answer that tells the board, or its key, was there.
            expect([400, 404, 413, 415, 429], `${r.method} ${url} after delete`).toContain(res.statusCode);
          }
          for (const url of [`/api/boards/${gone.id}`, `/api/view/${goneView}`, `/api/boards/${gone.id}/history`]) {
            const res = await send('GET', url);
            expectSafe(res, url);
            expect(res.statusCode, url).toBe(404);
          }
          expect((await send('DELETE', `/api/boards/${gone.id}`)).statusCode).toBe(404);
          const join = await server.app.inject({
            method: 'GET',
            url: `/api/join/${gone.joinCode}`,
            remoteAddress: `198.51.100.${n}`,
          });
          expect(join.statusCode).toBe(404);
          expectSafe(join, 'join code after delete');
        },
      ),
      { numRuns: DELETE_RUNS, seed: SEED },
    );
    // Nor can anyone open it over a websocket.
    expect(deleted).toHaveLength(DELETE_RUNS);
    const ws = connectClient(server.wsUrl, deleted.at(-1) as string);
    expect((await nextClose(ws)).code).toBe(4404);
    ws.destroy();
  }, 120_000);
});
