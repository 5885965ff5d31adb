/**
 * HTTP helpers for the export and import tests: a real server with a filled board, GET an
 * export, POST an import, and a place under /tmp to leave sample files for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CreateBoardResponse } from '@plg/shared';
import type * as Y from 'yjs';
import { boardPolicy } from '../sync/policy.js';
import { createBoard, type TestServer } from '../test/startServer.js';

/** Sample exports are left here for looking at (not committed). */
export const SAMPLE_DIR = '/tmp/plg-export-samples';

export function keepSample(name: string, body: Buffer | string): void {
  mkdirSync(SAMPLE_DIR, { recursive: true });
  writeFileSync(`${SAMPLE_DIR}/${name}`, body);
}

/** Creates a board over HTTP and fills it with a server-side change. */
export async function boardWith(
  server: TestServer,
  fill: (doc: Y.Doc) => void,
  body: Record<string, unknown> = { title: 'Studiedag PLG — Één team', template: 'plg', lang: 'nl' },
): Promise<CreateBoardResponse> {
  const board = await createBoard(server.url, body);
  await server.app.rooms.change(board.id, boardPolicy, fill);
  return board;
}

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

export async function download(server: TestServer, path: string, key?: string): Promise<Download> {
  const res = await fetch(`${server.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export async function upload(
  server: TestServer,
  path: string,
  body: Buffer | string,
  contentType: string,
  key?: string,
): Promise<{ status: number; json: Record<string, unknown> & { error?: { code: string; message: string } } }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
