/**
 * Target "ours": server/src/main.ts as a child process on a temp DATA_DIR (LOG_LEVEL=warn).
 * Boards are created in its SQLite store before it starts (the HTTP API limits board creation
 * per IP, and the 100-board scenario needs more), through the server's own BoardService.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { BoardService } from '../../src/boards/BoardService.js';
import { SqliteStorage } from '../../src/storage/sqlite/SqliteStorage.js';
import type { ClientProtocol, RunningServer, StartOptions } from './target.js';
import { spawnServer, stopChild } from './target.js';

const serverDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Creates `count` boards holding `state` in the store under `dataDir`; returns their ids. */
export async function seedOurs(dataDir: string, count: number, state: Uint8Array): Promise<string[]> {
  const storage = new SqliteStorage(dataDir);
  const boards = new BoardService(storage, 90);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await boards.create({ title: `Bench ${i}` }, 'http://127.0.0.1', (doc: Y.Doc) =>
      Y.applyUpdate(doc, state),
    );
    ids.push(created.id);
  }
  await storage.close();
  return ids;
}

export async function startOurs(options: StartOptions): Promise<RunningServer> {
  const args = ['--import', 'tsx'];
  if (options.profileDir) args.push('--cpu-prof', `--cpu-prof-dir=${options.profileDir}`);
  // Extra Node flags for our server only (e.g. --trace-gc while profiling).
  if (process.env.BENCH_OURS_NODE_FLAGS) args.push(...process.env.BENCH_OURS_NODE_FLAGS.split(' '));
  args.push('src/main.ts');
  const { child, match } = await spawnServer(
    args,
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      // All load comes from 127.0.0.1: lift the per-IP connection cap for the benchmark only.
      MAX_CONNECTIONS_PER_IP: '100000',
    },
    serverDir,
    /Open:\s+http:\/\/localhost:(\d+)/,
  );
  const port = Number(match[1]);
  return {
    pid: child.pid as number,
    port,
    wsBase: `ws://127.0.0.1:${port}/ws`,
    stop: () => stopChild(child),
  };
}

export const oursProtocol: ClientProtocol = {
  url: (wsBase, room, secret) => `${wsBase}/${room}?as=${secret}`,
  prefix: () => new Uint8Array(0),
  hello: () => [],
};
