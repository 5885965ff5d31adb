/**
 * The runner's side of a load-generator thread: start it (it inherits this process's CPU
 * pinning and the tsx loader), call its operations, end it.
 */
import { Worker } from 'node:worker_threads';

export class GenThread {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor() {
    // Workers do not inherit tsx's loader on Node 20: register it inside the thread first.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
    const boot = `import(${api}).then((m) => { m.register(); return import(${entry}); }).catch((e) => { console.error(e); process.exit(1); });`;
    this.worker = new Worker(boot, { eval: true });
    this.worker.on('message', (msg: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new Error(msg.error));
    });
    this.worker.on('error', (error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
  }

  /** A thread with its modules loaded (so it can boot while the server starts). */
  static async boot(): Promise<GenThread> {
    const thread = new GenThread();
    await thread.call('ping');
    return thread;
  }

  call<T = unknown>(op: string, args?: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  async end(): Promise<void> {
    await this.call('close').catch(() => {});
    // Let close frames go out before the thread dies.
    await new Promise((r) => setTimeout(r, 200));
    await this.worker.terminate();
  }
}
