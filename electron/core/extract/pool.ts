/**
 * Reads every page's geometry on worker threads (one per core, two pages queued per
 * worker), reporting each finished page, and stops at once when cancelled. The main
 * thread stays free: Electron's IPC and the web server keep answering.
 *
 * A hostile page cannot take the app down with it: each worker has a heap limit (an
 * out-of-memory worker is terminated, not the process), the whole process a memory
 * ceiling (pdf.js keeps a page's drawing operations in typed arrays, which no heap limit
 * counts: a page of millions of strokes costs gigabytes), and a page that makes no
 * progress within a time limit stops the run; each way, the run fails naming the page.
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

/** A page (or the opening of the file) that takes longer than this stops the run. */
export const PAGE_TIME_LIMIT_MS = 120_000;
/** Old-generation heap of each worker; a normal page needs a few MB. */
export const WORKER_HEAP_LIMIT_MB = 2048;
/** Resident memory of the whole process past which running extractions stop: half the machine's, at most 4 GB. */
export const MEMORY_CEILING_BYTES = Math.min(os.totalmem() / 2, 4 * 1024 ** 3);

export interface PoolOptions {
  workers?: number;
  signal?: AbortSignal;
  onPage?: (pagesDone: number, pageCount: number) => void;
  pageTimeLimitMs?: number;
  workerHeapLimitMb?: number;
  memoryCeilingBytes?: number;
}

interface WorkerState {
  worker: Worker;
  /** Pages handed to this worker and not yet returned, oldest first. */
  inFlight: number[];
  /** When this worker last showed progress (spawned, opened the file, returned a page). */
  since: number;
}

/**
 * The worker's file: beside the bundle when built; run from source (tests, scripts),
 * the TypeScript worker is loaded through tsx's loader, registered inside the thread.
 */
function spawnWorker(heapLimitMb: number): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: heapLimitMb };
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.mjs', here), { resourceLimits });
  const source = JSON.stringify(new URL('./worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, { eval: true, resourceLimits });
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function pageLabel(state: WorkerState): string {
  return state.inFlight.length > 0 ? `page ${state.inFlight[0]}` : 'the PDF';
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
}

export function readAllPageGeometry(data: Uint8Array, pageCount: number, options: PoolOptions = {}): Promise<PageGeometry[]> {
  if (pageCount < 1) return Promise.resolve([]);
  const workerCount = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), pageCount));
  const timeLimitMs = options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS;
  const heapLimitMb = options.workerHeapLimitMb ?? WORKER_HEAP_LIMIT_MB;
  const memoryCeiling = options.memoryCeilingBytes ?? MEMORY_CEILING_BYTES;
  const results: PageGeometry[] = new Array(pageCount);
  let nextPage = 1;
  let done = 0;
  const states: WorkerState[] = [];

  return new Promise<PageGeometry[]>((resolve, reject) => {
    let settled = false;
    // Checked every second (finer under short test limits): a worker past its limit ends the run.
    const watchdog = setInterval(
      () => {
        const rss = process.memoryUsage.rss();
        if (rss > memoryCeiling) {
          const pages = states.flatMap((state) => state.inFlight).sort((a, b) => a - b);
          const reading = pages.length > 0 ? `page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}` : 'the PDF';
          finish(new Error(`extraction stopped while reading ${reading}: Gouji's memory use reached ${gigabytes(rss)}, over its limit of ${gigabytes(memoryCeiling)}; the page is too complex or damaged`));
          return;
        }
        const now = Date.now();
        const stuck = states.find((state) => (state.inFlight.length > 0 || nextPage === 1) && now - state.since > timeLimitMs);
        if (!stuck) return;
        const what = stuck.inFlight.length > 0 ? `${pageLabel(stuck)} could not be read` : 'the PDF could not be opened for extraction';
        finish(new Error(`${what} within ${timeLimitMs >= 1000 ? `${Math.round(timeLimitMs / 1000)} s` : `${timeLimitMs} ms`}: it is too complex or damaged`));
      },
      Math.min(1000, Math.max(10, timeLimitMs / 4)),
    );
    watchdog.unref();
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      options.signal?.removeEventListener('abort', onAbort);
      for (const { worker } of states) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = (): void => finish(new ExtractionCancelled());
    if (options.signal?.aborted) return finish(new ExtractionCancelled());
    options.signal?.addEventListener('abort', onAbort);

    const feed = (state: WorkerState): void => {
      if (nextPage > pageCount) return;
      const message: ToWorker = { type: 'page', page: nextPage++ };
      state.inFlight.push(message.page);
      state.worker.postMessage(message);
    };

    for (let i = 0; i < workerCount; i++) {
      const state: WorkerState = { worker: spawnWorker(heapLimitMb), inFlight: [], since: Date.now() };
      states.push(state);
      const { worker } = state;
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        state.since = Date.now();
        if (message.type === 'ready') {
          feed(state);
          feed(state); // a second page queued, so the worker never idles on a round trip
        } else if (message.type === 'page') {
          state.inFlight = state.inFlight.filter((page) => page !== message.geometry.page);
          results[message.geometry.page - 1] = message.geometry;
          done++;
          options.onPage?.(done, pageCount);
          if (done === pageCount) finish();
          else feed(state);
        } else {
          finish(new Error(message.page ? `page ${message.page}: ${message.message}` : message.message));
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish(new Error(`${pageLabel(state)} needs more than the ${heapLimitMb} MB of memory extraction allows: it is too complex or damaged`));
        } else finish(error);
      });
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`the extraction worker stopped (exit code ${code}) while reading ${pageLabel(state)}`));
      });
      const open: ToWorker = { type: 'open', data: data.slice() };
      worker.postMessage(open);
    }
  });
}
