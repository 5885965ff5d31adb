/**
 * Reference target: Hocuspocus 4.x (@hocuspocus/server 4.7 with @hocuspocus/extension-sqlite on
 * a file), default settings apart from `quiet`. Started as a child process running this file
 * with `--bench-serve-hocuspocus <port> <file>`. Boards are written into its `documents` table
 * before it starts (the extension's own schema: one whole-state blob per document).
 * Its frames carry the document name first, so stock y-websocket clients cannot talk to it:
 * probes use its own provider and the raw load clients put the prefix on every frame.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { hocuspocusAuth, varStringBytes } from '../wire.js';
import type { ClientProtocol, RunningServer, StartOptions } from './target.js';
import { freePort, spawnServer, stopChild } from './target.js';

const here = fileURLToPath(import.meta.url);
const serverDir = resolve(dirname(here), '../..');
const FILE = 'hocuspocus.sqlite';

/** The extension's schema (copied from @hocuspocus/extension-sqlite 4.7.0). */
const SCHEMA = `CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))`;

/** Stores `state` as each of `ids` in Hocuspocus's SQLite file under `dataDir`. */
export function seedHocuspocus(dataDir: string, ids: readonly string[], state: Uint8Array): void {
  const db = new Database(join(dataDir, FILE));
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT OR REPLACE INTO documents (name, data) VALUES (?, ?)');
  db.transaction(() => {
    for (const id of ids) insert.run(id, Buffer.from(state));
  })();
  db.close();
}

export async function startHocuspocus(options: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const { child } = await spawnServer(
    ['--import', 'tsx', here, '--bench-serve-hocuspocus', String(port), join(options.dataDir, FILE)],
    {},
    serverDir,
    /hocuspocus ready/,
  );
  return { pid: child.pid as number, port, wsBase: `ws://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export const hocuspocusProtocol: ClientProtocol = {
  url: (wsBase) => wsBase,
  prefix: (room) => varStringBytes(room),
  hello: (room) => [hocuspocusAuth(room)],
};

async function serve(port: number, file: string): Promise<void> {
  const { Server } = await import('@hocuspocus/server');
  const { SQLite } = await import('@hocuspocus/extension-sqlite');
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    extensions: [new SQLite({ database: file })],
  });
  await server.listen();
  process.stdout.write('hocuspocus ready\n');
}

const flag = process.argv.indexOf('--bench-serve-hocuspocus');
if (flag !== -1) void serve(Number(process.argv[flag + 1]), process.argv[flag + 2] as string);
