/**
 * PDF worker threads, one per core, each holding one open document. Import probes a
 * file on one of them while the others open it too, so the extraction that follows
 * finds pdf.js loaded and the document parsed on every worker; extraction hands out
 * the pages (two queued per worker), reports each finished page, and stops at once
 * when cancelled. The main thread stays free (Electron's IPC, the web server) and
 * never loads pdf.js. Idle workers do not keep the process alive and go after a while.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import { classifyPdfjsError, PROBE_TIMEOUT_MS, ProbeError, type PdfProbe } from '../ingest/pdf-probe';
import type { FromWorker, ReplyTo, ToWorker, WorkerFailure, WorkerReply, WorkerRequest } from './worker-protocol';

export class ExtractionCancelled extends Error {
  constructor() {
    super('extraction was cancelled');
    this.name = 'ExtractionCancelled';
  }
}

export interface PageReadOptions {
  signal?: AbortSignal;
  /** Each page's geometry as it is read (pages finish out of order). */
  onPage?: (geometry: PageGeometry, pagesDone: number, pageCount: number) => void;
}

/** An idle worker (and the document it holds) is let go after this long. */
const IDLE_WORKER_MS = 30_000;
/** Pages in flight per worker, so it never idles on a round trip. */
const PAGES_QUEUED_PER_WORKER = 2;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
}

/**
 * The worker's file: beside the bundle when built. Run from source (tests, scripts), the
 * worker is bundled with esbuild into .cache/ once per change of its code (as the build
 * does; tsx inside each thread would take seconds to start).
 */
function spawnThread(): Worker {
  const here = import.meta.url;
  return new Worker(here.endsWith('.ts') ? devWorkerFile() : new URL('./extract-worker.mjs', here));
}

let devWorker: string | undefined;

function devWorkerFile(): string {
  if (devWorker) return devWorker;
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const [bundle] = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    write: false,
    outdir: root,
  }).outputFiles;
  // Inside the repository, so that the worker finds node_modules; named by content, so processes share it.
  const file = path.join(root, '.cache', 'dev-worker', `${createHash('sha256').update(bundle!.contents).digest('hex').slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, bundle!.contents);
    fs.renameSync(partial, file);
  }
  return (devWorker = file);
}

/** One worker thread: its requests in flight, and the document it holds. */
class PdfWorker {
  private readonly thread = spawnThread();
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (failure: WorkerFailure | Error) => void }>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  /** The sha-256 of the document it holds or is opening, and when that is open. */
  private documentKey: string | null = null;
  private opened: Promise<void> = Promise.resolve();
  leased = false;
  gone = false;

  constructor(private readonly onGone: (worker: PdfWorker) => void) {
    this.thread.unref();
    this.thread.on('message', (message: FromWorker) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.settled(message.id);
      if (message.type === 'failed') waiting.reject(message.failure);
      else waiting.resolve(message);
    });
    this.thread.on('error', (error) => this.end(error));
    this.thread.on('exit', (code) => this.end(new Error(`the PDF worker stopped with exit code ${code}`)));
  }

  holds(key: string): boolean {
    return this.documentKey === key;
  }

  request<T extends WorkerRequest['type']>(request: Extract<WorkerRequest, { type: T }>): Promise<ReplyTo[T]> {
    if (this.gone) return Promise.reject(new Error('the PDF worker has stopped'));
    const id = this.nextId++;
    if (this.pending.size === 0) this.thread.ref(); // a request in flight keeps the process alive
    clearTimeout(this.idleTimer);
    return new Promise<ReplyTo[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject });
      this.thread.postMessage({ ...request, id } satisfies ToWorker);
    });
  }

  /** Makes `data` (known by its sha-256) the open document, unless it already is. */
  open(data: Uint8Array, key: string): Promise<void> {
    if (this.documentKey !== key) {
      this.documentKey = key;
      // pdf.js takes ownership of the bytes it is given: each worker gets its own copy.
      const opening = this.request({ type: 'open', data: data.slice() }).then(() => undefined);
      opening.catch(() => {
        if (this.opened === opening) this.documentKey = null;
      });
      this.opened = opening;
    }
    return this.opened;
  }

  /** Counts down to letting an idle worker go. */
  idle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.terminate(), IDLE_WORKER_MS).unref();
  }

  terminate(): void {
    this.end(new ExtractionCancelled());
    void this.thread.terminate();
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.thread.unref();
  }

  private end(error: Error): void {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.idleTimer);
    for (const [id, waiting] of this.pending) {
      this.settled(id);
      waiting.reject(error);
    }
    this.onGone(this);
  }
}

function pageError(page: number, failure: WorkerFailure | Error): Error {
  return failure instanceof Error ? failure : new Error(`page ${page}: ${failure.message}`);
}

function probeError(failure: WorkerFailure | Error): ProbeError {
  return 'code' in failure && failure.code ? new ProbeError(failure.code, failure.message) : classifyPdfjsError(failure);
}

export class PdfWorkerPool {
  private readonly workers = new Set<PdfWorker>();

  constructor(readonly size = defaultWorkerCount()) {}

  /**
   * Reads `data` for import on one worker; the pool's other workers open it meanwhile,
   * ready for its extraction. Fails with a ProbeError.
   */
  async probe(data: Uint8Array, key: string): Promise<PdfProbe> {
    const [worker, ...others] = this.lease(this.size, key);
    for (const other of others) other.open(data, key).catch(() => undefined); // its own failure shows when extraction asks
    this.release(others);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        worker!.terminate();
        reject(new ProbeError('CORRUPT', `the PDF could not be read within ${PROBE_TIMEOUT_MS / 1000} s`));
      }, PROBE_TIMEOUT_MS);
    });
    const probing = worker!
      .open(data, key)
      .then(() => worker!.request({ type: 'probe' }))
      .then((reply) => reply.probe, (failure: WorkerFailure | Error) => Promise.reject(probeError(failure)));
    try {
      return await Promise.race([probing, timeout]);
    } finally {
      clearTimeout(timer);
      this.release([worker!]);
    }
  }

  /** Every page's geometry, in page order. */
  readPages(data: Uint8Array, key: string, pageCount: number, options: PageReadOptions = {}): Promise<PageGeometry[]> {
    const { signal, onPage } = options;
    if (signal?.aborted) return Promise.reject(new ExtractionCancelled());
    const workers = this.lease(Math.max(1, Math.min(this.size, pageCount)), key);
    const results: PageGeometry[] = new Array(pageCount);
    let nextPage = 1;
    let done = 0;
    return new Promise<PageGeometry[]>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        // A cancelled or failed run may leave pages in flight: those workers are stopped, not reused.
        if (error) for (const worker of workers) worker.terminate();
        this.release(workers);
        if (error) reject(error);
        else resolve(results);
      };
      const onAbort = (): void => finish(new ExtractionCancelled());
      signal?.addEventListener('abort', onAbort);
      const feed = (worker: PdfWorker): void => {
        if (settled || nextPage > pageCount) return;
        const page = nextPage++;
        worker.request({ type: 'page', page }).then(
          ({ geometry }) => {
            if (settled) return;
            results[page - 1] = geometry;
            done++;
            try {
              onPage?.(geometry, done, pageCount);
            } catch (error) {
              finish(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            if (done === pageCount) finish();
            else feed(worker);
          },
          (failure: WorkerFailure | Error) => finish(pageError(page, failure)),
        );
      };
      for (const worker of workers) {
        worker.open(data, key).then(
          () => {
            for (let i = 0; i < PAGES_QUEUED_PER_WORKER; i++) feed(worker);
          },
          (failure: WorkerFailure | Error) => finish(failure instanceof Error ? failure : new Error(failure.message)),
        );
      }
    });
  }

  /** Stops every worker. */
  close(): void {
    for (const worker of this.workers) worker.terminate();
  }

  /** `count` workers for one task, those holding `key` first, spawning what is missing. */
  private lease(count: number, key: string): PdfWorker[] {
    const free = [...this.workers].filter((w) => !w.leased).sort((a, b) => Number(b.holds(key)) - Number(a.holds(key)));
    const leased = free.slice(0, count);
    while (leased.length < count) {
      const worker = new PdfWorker((gone) => this.workers.delete(gone));
      this.workers.add(worker);
      leased.push(worker);
    }
    for (const worker of leased) worker.leased = true;
    return leased;
  }

  /** Back to the pool; beyond its size, idle workers are let go at once. */
  private release(workers: readonly PdfWorker[]): void {
    for (const worker of workers) {
      worker.leased = false;
      const idle = [...this.workers].filter((w) => !w.leased);
      if (idle.length > this.size) worker.terminate();
      else worker.idle();
    }
  }
}
