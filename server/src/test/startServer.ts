/**
 * Test servers: the real app on a real SQLite file in a temp directory, in-process (port 0)
 * or as a child process that can be killed with SIGKILL and restarted on the same data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateBoardResponse } from '@plg/shared';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage.js';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'plg-test-'));
}

export interface TestServer {
  app: FastifyInstance;
  storage: SqliteStorage;
  url: string;
  wsUrl: string;
  dataDir: string;
  config: Config;
  close(): Promise<void>;
}

/** Starts the app in this process on a free port. */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string>; logStream?: NodeJS.WritableStream } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ROOM_IDLE_MS: '200',
    ...options.env,
  });
  const storage = new SqliteStorage(config.dataDir, { maxBytes: config.dataQuotaBytes });
  const app = await buildApp(config, storage, options.logStream ? { logStream: options.logStream } : {});
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  return {
    app,
    storage,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    dataDir,
    config,
    close: () => app.close(),
  };
}

/** Creates a board over HTTP. */
export async function createBoard(
  url: string,
  body: Record<string, unknown> = { title: 'Studiedag' },
): Promise<CreateBoardResponse> {
  const res = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateBoardResponse;
}

const serverDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface ChildServer {
  url: string;
  wsUrl: string;
  port: number;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `src/main.ts` as a child process (tsx) on `port` (0 = any) with `dataDir`. */
export async function startChildServer(
  dataDir: string,
  port = 0,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ROOM_IDLE_MS: '200',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const actualPort = await new Promise<number>((res, rej) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += String(d);
      const m = /Open:\s+http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        child.stdout?.off('data', onData);
        res(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    exited.then((code) => rej(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${actualPort}`,
    wsUrl: `ws://127.0.0.1:${actualPort}/ws`,
    port: actualPort,
    process: child,
    exited,
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
