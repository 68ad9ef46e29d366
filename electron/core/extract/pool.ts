/**
 * Reads every page's geometry on worker threads (one per core, two pages queued per
 * worker), reporting each finished page, and stops at once when cancelled. The main
 * thread stays free: Electron's IPC and the web server keep answering.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import type { FromWorker, ToWorker } from './worker-protocol';

export class ExtractionCancelled extends Error {
  constructor() {
    super('extraction was cancelled');
    this.name = 'ExtractionCancelled';
  }
}

export interface PoolOptions {
  workers?: number;
  signal?: AbortSignal;
  onPage?: (pagesDone: number, pageCount: number) => void;
}

/**
 * The worker's file: beside the bundle when built; run from source (tests, scripts),
 * the TypeScript worker is loaded through tsx's loader, registered inside the thread.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.mjs', here));
  const source = JSON.stringify(new URL('./worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, { eval: true });
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
}

export function readAllPageGeometry(data: Uint8Array, pageCount: number, options: PoolOptions = {}): Promise<PageGeometry[]> {
  const workerCount = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), pageCount));
  const results: PageGeometry[] = new Array(pageCount);
  let nextPage = 1;
  let done = 0;
  const workers: Worker[] = [];

  return new Promise<PageGeometry[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = (): void => finish(new ExtractionCancelled());
    if (options.signal?.aborted) return finish(new ExtractionCancelled());
    options.signal?.addEventListener('abort', onAbort);

    const feed = (worker: Worker): void => {
      if (nextPage > pageCount) return;
      const message: ToWorker = { type: 'page', page: nextPage++ };
      worker.postMessage(message);
    };

    for (let i = 0; i < workerCount; i++) {
      const worker = spawnWorker();
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        if (message.type === 'ready') {
          feed(worker);
          feed(worker); // a second page queued, so the worker never idles on a round trip
        } else if (message.type === 'page') {
          results[message.geometry.page - 1] = message.geometry;
          done++;
          options.onPage?.(done, pageCount);
          if (done === pageCount) finish();
          else feed(worker);
        } else {
          finish(new Error(message.page ? `page ${message.page}: ${message.message}` : message.message));
        }
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`extraction worker stopped with exit code ${code}`));
      });
      const open: ToWorker = { type: 'open', data: data.slice() };
      worker.postMessage(open);
    }
  });
}
