// The main thread's handle on the recommender job, which runs in a worker thread
// (recs-worker.ts): start it, run it once (tests, the bench), read its progress (/admin),
// stop it. The worker is made on first use, so a process that never asks pays nothing.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { RecsJobStatus } from './recs-job.js';

export type HostMessage = { type: 'start' } | { type: 'wake' } | { type: 'run'; id: number; full?: boolean } | { type: 'stop' };
export type WorkerMessage =
  | { type: 'status'; status: RecsJobStatus }
  | { type: 'updated'; status: RecsJobStatus }
  | { type: 'ran'; id: number; status: RecsJobStatus; error?: string }
  | { type: 'error'; message: string }
  | { type: 'stopped' };

const IDLE: RecsJobStatus = { state: 'idle', step: '', lastRunAt: undefined, lastRunMs: undefined, items: 0, people: 0, eventsRead: 0, lastError: undefined };

export interface RecsHostDeps {
  database: Config['database'];
  /** After the worker wrote new lists: drop in-memory copies of shared lists. */
  onUpdated: () => void;
  onError: (message: string) => void;
  /** Print the first build's progress in the terminal (npm start, the bench). */
  showProgress: boolean;
}

export class RecsJobHost {
  private worker: Worker | undefined;
  private current: RecsJobStatus = IDLE;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private stopped: Promise<void> | undefined;

  constructor(private readonly deps: RecsHostDeps) {}

  status(): RecsJobStatus {
    return { ...this.current };
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // Run from TypeScript sources (tsx), the worker needs the tsx loader too: tsx registers it
    // for the main thread only, so a small .mjs entry loads it in the worker.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './recs-worker-entry.mjs' : './recs-worker.js', import.meta.url);
    const worker = new Worker(entry, { workerData: { database: this.deps.database, showProgress: this.deps.showProgress } });
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    worker.on('error', (error) => {
      this.deps.onError(error.stack ?? error.message);
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'status':
        this.current = message.status;
        return;
      case 'updated':
        this.current = message.status;
        this.deps.onUpdated();
        return;
      case 'ran': {
        this.current = message.status;
        const pending = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (this.waiting.size === 0) this.worker?.unref();
        if (message.error) pending?.reject(new Error(message.error));
        else pending?.resolve();
        return;
      }
      case 'error':
        this.deps.onError(message.message);
        return;
      case 'stopped':
        return;
    }
  }

  /** Runs every minute from now on (main.ts). */
  start(): void {
    this.ensure().postMessage({ type: 'start' } satisfies HostMessage);
  }

  /** Asks for a run soon, e.g. after an item was published. */
  wake(): void {
    this.worker?.postMessage({ type: 'wake' } satisfies HostMessage);
  }

  /** One run, awaited: a full build the first time. */
  runOnce(options: { full?: boolean } = {}): Promise<void> {
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    const worker = this.ensure();
    // Someone is waiting for this answer: keep the process alive until it comes.
    worker.ref();
    worker.postMessage({ type: 'run', id, full: options.full } satisfies HostMessage);
    return done;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.stopped ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 15_000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'stopped') void worker.terminate();
      });
      worker.postMessage({ type: 'stop' } satisfies HostMessage);
    });
    await this.stopped;
  }
}
