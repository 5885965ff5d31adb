/**
 * Entry point: configuration from the environment, the SQLite store, listen, and a clean
 * shutdown (flush, compact, close) on SIGTERM and SIGINT.
 */
import { networkInterfaces } from 'node:os';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { SqliteStorage } from './storage/sqlite/SqliteStorage.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const storage = new SqliteStorage(config.dataDir, { maxBytes: config.dataQuotaBytes });
  const app = await buildApp(config, storage);
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as { port: number }).port;
  const lines = [`PLG Board is running.`, `  Open:        http://localhost:${port}`];
  for (const address of lanAddresses()) lines.push(`  In the room: http://${address}:${port}`);
  if (config.publicUrl) lines.push(`  Public URL:  ${config.publicUrl}`);
  lines.push(`  Data:        ${storage.file}`);
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: (error as Error).message }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

main().catch((error: Error) => {
  process.stderr.write(`PLG Board could not start: ${error.message}\n`);
  process.exit(1);
});
