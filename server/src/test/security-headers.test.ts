/**
 * Security headers on every kind of response — the page (index.html for `/`, `/b/<id>`,
 * `/v/<viewId>`), its assets, API JSON, API errors, downloads — and a page without inline script.
 *
 * The page is the built client's index.html when there is a build (copied at the start, so a
 * rebuild running meanwhile cannot disturb the test), else the index.html it is built from; a
 * second server without any build serves its plain-text hint, with the same headers.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';

const clientDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../client');
const builtIndex = join(clientDir, 'dist/index.html');
const pageSource = existsSync(builtIndex) ? builtIndex : join(clientDir, 'index.html');

/** A client directory with the page and one asset, as `CLIENT_DIST`. */
function clientDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plg-dist-'));
  copyFileSync(pageSource, join(dir, 'index.html'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/probe-abc123.js'), 'export {};\n');
  return dir;
}

/** The Content-Security-Policy as directive → sources. */
function csp(header: string | null): Map<string, string[]> {
  expect(header, 'Content-Security-Policy').toBeTruthy();
  const out = new Map<string, string[]>();
  for (const part of (header as string).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Asserts the headers every response must carry. */
function expectSecurityHeaders(res: Response, what: string): void {
  const policy = csp(res.headers.get('content-security-policy'));
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  expect(scripts, `${what}: script-src`).toBeDefined();
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    const sources = policy.get(directive) ?? [];
    expect(sources, `${what}: ${directive}`).not.toContain("'unsafe-inline'");
    expect(sources, `${what}: ${directive}`).not.toContain("'unsafe-eval'");
    expect(sources, `${what}: ${directive}`).not.toContain('*');
    expect(sources, `${what}: ${directive}`).not.toContain('data:');
  }
  expect(policy.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(policy.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${what}: base-uri`).toEqual(["'none'"]);
  expect(res.headers.get('referrer-policy'), `${what}: Referrer-Policy`).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options'), `${what}: X-Content-Type-Options`).toBe('nosniff');
}

/** Asserts that a page runs no script of its own: external same-origin scripts only, no handlers. */
function expectNoInlineScript(html: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
  expect(scripts.length, 'the page loads its code from a script file').toBeGreaterThan(0);
  for (const [tag, attributes, body] of scripts) {
    expect(body?.trim(), `inline script in ${tag}`).toBe('');
    expect(attributes, tag).toMatch(/\bsrc\s*=\s*"\/[^/]/);
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('security headers, with the client', () => {
  const dist = clientDist();
  const suite = serverForSuite({ env: { CLIENT_DIST: dist } });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves the page at /, /b/<id> and /v/<viewId> with a strict CSP and no inline script', async () => {
    const { url } = suite.server;
    const board = await createBoard(url);
    const viewerPath = new URL(board.viewerUrl).pathname;
    const expected = readFileSync(pageSource, 'utf8');
    for (const path of ['/', `/b/${board.id}`, viewerPath, '/b/AAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expectSecurityHeaders(res, path);
      const html = await res.text();
      expect(html, path).toBe(expected);
      expectNoInlineScript(html);
      // The page never carries the facilitator key (it lives in the URL fragment).
      expect(html).not.toContain(board.facilitatorKey);
    }
  });

  it('sends the headers on assets, API answers, API errors and downloads', async () => {
    const { url } = suite.server;
    const board = await createBoard(url);
    const auth = { authorization: `Bearer ${board.facilitatorKey}` };
    const cases: [string, RequestInit, number][] = [
      ['/assets/probe-abc123.js', {}, 200],
      ['/api/time', {}, 200],
      ['/healthz', {}, 200],
      [`/api/boards/${board.id}`, {}, 200],
      [`/api/boards/${board.id}/export.json`, { headers: auth }, 200],
      [`/api/boards/${board.id}/export.csv`, { headers: auth }, 200],
      [`/api/boards/${board.id}/export.json`, {}, 401],
      [`/api/boards/${board.id}/history`, { headers: { authorization: 'Bearer nope' } }, 403],
      ['/api/boards/AAAAAAAAAAAAAAAAAAAAAA', {}, 404],
      ['/api/nope', {}, 404],
      ['/api/boards', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }, 400],
    ];
    for (const [path, init, status] of cases) {
      const res = await fetch(`${url}${path}`, init);
      expect(res.status, path).toBe(status);
      expectSecurityHeaders(res, path);
      if (status >= 400) expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      await res.arrayBuffer();
    }
  });
});

describe('security headers, without a client build', () => {
  const empty = mkdtempSync(join(tmpdir(), 'plg-nodist-'));
  const suite = serverForSuite({ env: { CLIENT_DIST: empty } });
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('serves the hint instead of the page, with the same headers', async () => {
    for (const path of ['/', '/b/AAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await fetch(`${suite.server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('not built');
      expectSecurityHeaders(res, path);
    }
  });
});
