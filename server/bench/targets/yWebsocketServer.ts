/**
 * Reference target: the stock @y/websocket-server 0.1.1 (the `y-websocket-server` bin, run with
 * node directly so the measured pid is the server's, not pnpm's). It keeps documents in memory
 * only, so boards are seeded over the wire. For the cold-load scenarios a variant started with
 * `--bench-serve-yws-files <dir>` (this file) uses the package's own setPersistence hook to read
 * `<dir>/<room>.bin` when a document is first opened: the least work a disk load can take.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientProtocol, RunningServer, StartOptions } from './target.js';
import { freePort, spawnServer, stopChild } from './target.js';

const here = fileURLToPath(import.meta.url);
const serverDir = resolve(dirname(here), '../..');

function binPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js');
}

export async function startYws(options: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const args = options.fromFiles ? ['--import', 'tsx', here, '--bench-serve-yws-files', options.dataDir] : [binPath()];
  const { child } = await spawnServer(args, { HOST: '127.0.0.1', PORT: String(port) }, serverDir, /running at/);
  return { pid: child.pid as number, port, wsBase: `ws://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export const ywsProtocol: ClientProtocol = {
  url: (wsBase, room) => `${wsBase}/${room}`,
  prefix: () => new Uint8Array(0),
  hello: () => [],
};

/** The file-backed variant: the stock connection handler plus a synchronous file read. */
async function serveFromFiles(dir: string): Promise<void> {
  const http = await import('node:http');
  const { readFileSync, existsSync } = await import('node:fs');
  const Y = await import('yjs');
  const { WebSocketServer } = await import('ws');
  const utils = await import('@y/websocket-server/utils');
  utils.setPersistence({
    provider: null,
    bindState: (name, doc) => {
      const file = join(dir, `${name}.bin`);
      if (existsSync(file)) Y.applyUpdate(doc, readFileSync(file));
    },
    writeState: async () => {},
  });
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', utils.setupWSConnection);
  const server = http.createServer((_req, res) => res.end('okay'));
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
  );
  server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
    process.stdout.write(`running at '${process.env.HOST}' on port ${process.env.PORT}\n`);
  });
}

const flag = process.argv.indexOf('--bench-serve-yws-files');
if (flag !== -1) void serveFromFiles(process.argv[flag + 1] as string);
