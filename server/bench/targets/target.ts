/**
 * What a benchmark target is: a server process started on its own CPU (taskset -c 0 when
 * available), and the client-side wire details the load clients and probes need.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export type TargetName = 'ours' | 'yws' | 'hocuspocus';

export const TARGET_LABEL: Record<TargetName, string> = {
  ours: 'ours',
  yws: 'y-websocket-server',
  hocuspocus: 'hocuspocus',
};

/** A running server process. */
export interface RunningServer {
  pid: number;
  port: number;
  /** Base websocket URL (without room). */
  wsBase: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  /** Write a V8 CPU profile of the server into this directory (ours only). */
  profileDir?: string;
  /** Serve documents from files in dataDir (y-websocket-server's cold-load variant). */
  fromFiles?: boolean;
}

let tasksetChecked: boolean | null = null;

/** Whether `taskset` (util-linux) is on the PATH. */
export function hasTaskset(): boolean {
  tasksetChecked ??= spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  return tasksetChecked;
}

/** Pins this process (all its threads; later worker threads inherit it) to `cpu`. */
export function pinSelf(cpu: number): boolean {
  if (!hasTaskset()) return false;
  return spawnSync('taskset', ['-a', '-cp', String(cpu), String(process.pid)], { stdio: 'ignore' }).status === 0;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node <args>` pinned to CPU 0 (taskset execs node, so the pid is node's) and resolves
 * once stdout matches `ready` (its first capture group, if any, is returned).
 */
export async function spawnServer(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const [cmd, argv] = hasTaskset() ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(cmd as string, argv as string[], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-4000);
  });
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s: ${stderr}`)), 30_000);
    const onData = (d: Buffer) => {
      out += String(d);
      const m = ready.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(m);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready: ${stderr}`));
    });
  });
  // Keep draining both pipes so a chatty server never blocks on a full pipe.
  child.stdout?.on('data', () => {});
  return { child, match };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** How load clients and probes talk to a target (used inside the worker threads). */
export interface ClientProtocol {
  /** Websocket URL of a room for raw load clients. */
  url(wsBase: string, room: string, secret: string): string;
  /** Bytes put before every frame (Hocuspocus: the document name); empty for y-websocket. */
  prefix(room: string): Uint8Array;
  /** Frames to send right after the socket opens, before sync (Hocuspocus: auth). */
  hello(room: string): Uint8Array[];
}
