/**
 * Board administration on the server's data directory:
 *   pnpm admin list                 every board: id, title, created, last touched, deleted after
 *   pnpm admin export <id> [file]   a complete JSON backup (the same as the facilitator's export)
 *   pnpm admin delete <id>          delete a board for good (document, history, record)
 * Uses DATA_DIR like the server. Stop the server before deleting a board it has loaded, or use
 * the facilitator's DELETE /api/boards/:id, which also closes live connections.
 */
import { writeFileSync } from 'node:fs';
import { readBoard } from '@plg/shared';
import * as Y from 'yjs';
import { BoardService } from '../src/boards/BoardService.js';
import { loadConfig } from '../src/config.js';
import { toBackup } from '../src/export/toBackup.js';
import { SqliteStorage } from '../src/storage/sqlite/SqliteStorage.js';

const config = loadConfig();
const storage = new SqliteStorage(config.dataDir);
const boards = new BoardService(storage, config.retentionDays);
const [command, id, file] = process.argv.slice(2);
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const out = (line: string) => process.stdout.write(`${line}\n`);

async function run(): Promise<number> {
  switch (command) {
    case 'list': {
      const all = await storage.listBoards();
      out(`${all.length} board(s) in ${storage.file}`);
      for (const b of all) {
        out(
          `${b.id}  ${date(b.createdAt)}  touched ${date(b.touchedAt)}  deleted after ${date(boards.expiresAt(b))}  ${JSON.stringify(b.title)}`,
        );
      }
      return 0;
    }
    case 'export': {
      if (!id) return usage();
      const stored = await storage.loadDoc(id);
      if (!stored) return fail(`No board ${id}.`);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u);
      const json = JSON.stringify(toBackup(readBoard(doc)), null, 2);
      if (file) writeFileSync(file, json);
      else out(json);
      return 0;
    }
    case 'delete': {
      if (!id) return usage();
      if (!(await storage.getBoard(id))) return fail(`No board ${id}.`);
      await storage.deleteBoard(id);
      out(`Deleted board ${id} (document, history and record).`);
      return 0;
    }
    default:
      return usage();
  }
}

function usage(): number {
  out('usage: pnpm admin list | export <id> [file] | delete <id>');
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

const code = await run();
await storage.close();
process.exit(code);
