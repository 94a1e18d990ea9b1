import { Worker } from 'node:worker_threads';
import type { SubsetReply, SubsetRequest } from './subset-worker.ts';

export interface SubsetBytes {
  bytes: Uint8Array;
  /** `bytes` deflated (zlib), for the font file stream. */
  deflated: Uint8Array;
}

/**
 * Font subsetting on a thread of its own: harfbuzz loads while the main thread lays out the book, and subsets
 * while it writes the pages. The thread ends when no subset is waiting, and never keeps the process alive
 * while idle.
 */
class Subsetter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (subset: SubsetBytes) => void; reject: (error: Error) => void }>();
  private nextId = 1;

  /** Starts the thread and harfbuzz ahead of the first subset. */
  prepare(): void {
    this.send({ kind: 'prepare' });
  }

  /** A TrueType subset of the face file `file` with exactly the glyphs of `codePoints` (sorted). */
  subset(file: string, codePoints: number[]): Promise<SubsetBytes> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ kind: 'subset', id, file, codePoints });
      this.worker!.ref();
    });
  }

  private send(request: SubsetRequest): void {
    this.thread().postMessage(request);
  }

  private thread(): Worker {
    if (!this.worker) {
      const worker = new Worker(new URL('./subset-worker.ts', import.meta.url));
      worker.on('message', (reply: SubsetReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.fail(new Error(`字体子集线程意外退出（代码 ${code}）`));
      });
      // After the listeners: adding a 'message' listener refs the thread's port again.
      worker.unref();
      this.worker = worker;
    }
    return this.worker;
  }

  private settle(reply: SubsetReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve({ bytes: reply.bytes, deflated: reply.deflated });
    // Idle: end the thread, which gives back harfbuzz's memory (WebAssembly memory never shrinks) before the
    // writer assembles the file. The next subset starts a new one.
    if (this.pending.size === 0) this.stop();
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  /** The thread failed: every waiting subset fails, and the next request starts a new thread. */
  private fail(error: Error): void {
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

export const subsetter = new Subsetter();
