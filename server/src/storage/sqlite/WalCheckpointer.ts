/**
 * Checkpoints SQLite's write-ahead log from a worker thread, with its own connection.
 *
 * A checkpoint copies the log into the database file and fsyncs it, which takes from a few to
 * over a hundred milliseconds on a busy disk. SQLite's automatic checkpoint runs inside the
 * commit that crosses its threshold, on the main thread, and stalls every room's relay meanwhile
 * (better-sqlite3 is synchronous). Commits stay where they were: each one is in the log before
 * anything is relayed, exactly as durable as before; only the copying moves off the main thread.
 * If the worker cannot run, the caller keeps SQLite's automatic checkpoints.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the log is checkpointed (a passive checkpoint with nothing to do is cheap). */
const EVERY_MS = 500;
/** A log longer than this (pages) is restarted even if that briefly waits for the writer. */
const RESTART_PAGES = 16_384;

// Plain JavaScript (no loader needed in the thread); better-sqlite3 is passed by path.
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    // Writers that never pause could keep the log from restarting: past a size, make them.
    if (r && r.log > workerData.restartPages) db.pragma('wal_checkpoint(RESTART)');
  } catch {}
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (msg) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage('stopped');
});
`;

export class WalCheckpointer {
  private stopped: Promise<void> | null = null;

  private constructor(private readonly worker: Worker) {}

  /** Starts checkpointing `file`; `onFailure` runs if the thread dies (fall back to automatic checkpoints). */
  static start(file: string, onFailure: () => void): WalCheckpointer | null {
    try {
      const module = createRequire(import.meta.url).resolve('better-sqlite3');
      const workerData = { file, module, everyMs: EVERY_MS, restartPages: RESTART_PAGES };
      // Plain JavaScript: the thread must not inherit the parent's `--import tsx` (registering
      // module hooks from a worker thread can deadlock the main thread's module loading).
      const worker = new Worker(CODE, { eval: true, workerData, execArgv: [] });
      worker.unref();
      const checkpointer = new WalCheckpointer(worker);
      worker.once('error', onFailure);
      worker.once('exit', () => {
        if (!checkpointer.stopped) onFailure();
      });
      return checkpointer;
    } catch {
      return null;
    }
  }

  /** Checkpoints once more and stops the thread. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 5000);
      this.worker.once('message', () => {
        clearTimeout(timer);
        void this.worker.terminate().then(() => resolve());
      });
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.worker.postMessage('stop');
    });
    return this.stopped;
  }
}
