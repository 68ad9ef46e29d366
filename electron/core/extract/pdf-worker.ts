/**
 * One PDF worker thread (worker.ts) as the pool sees it: its requests in flight, and the
 * document it holds. A request in flight keeps the process alive; an idle worker does
 * not, and is let go after a while.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ReplyTo, ToWorker, WorkerFailure, WorkerReply, WorkerRequest } from './worker-protocol';

export class ExtractionCancelled extends Error {
  constructor() {
    super('extraction was cancelled');
    this.name = 'ExtractionCancelled';
  }
}

/** An idle worker (and the document it holds) is let go after this long. */
export const IDLE_WORKER_MS = 30_000;

/**
 * The worker's file: beside the bundle when built. Run from source (tests, scripts), the
 * worker is bundled with esbuild into .cache/ once per change of its code (as the build
 * does; tsx inside each thread would take seconds to start).
 */
function spawnThread(heapLimitMb: number): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: heapLimitMb };
  return new Worker(here.endsWith('.ts') ? devWorkerFile() : new URL('./extract-worker.mjs', here), { resourceLimits });
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

interface Pending {
  request: WorkerRequest;
  resolve: (reply: WorkerReply) => void;
  reject: (failure: WorkerFailure | Error) => void;
}

export class PdfWorker {
  private readonly thread: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  /** The sha-256 of the document it holds or is opening, and when that is open. */
  private documentKey: string | null = null;
  private opened: Promise<number> = Promise.resolve(0);
  leased = false;
  gone = false;

  constructor(
    private readonly onGone: (worker: PdfWorker) => void,
    heapLimitMb: number,
  ) {
    this.thread = spawnThread(heapLimitMb);
    this.thread.unref();
    this.thread.on('message', (message: FromWorker) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.settled(message.id);
      if (message.type === 'failed') waiting.reject(message.failure);
      else waiting.resolve(message);
    });
    this.thread.on('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') this.end(error);
      else this.end(new Error(`${this.reading()} needs more than the ${heapLimitMb} MB of memory extraction allows: it is too complex or damaged`));
    });
    this.thread.on('exit', (code) => this.end(new Error(`the extraction worker stopped (exit code ${code}) while reading ${this.reading()}`)));
  }

  /** What it reads: its oldest page in flight, else the file. */
  private reading(): string {
    for (const { request } of this.pending.values()) if (request.type === 'page') return `page ${request.page}`;
    return 'the PDF';
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
      this.pending.set(id, { request, resolve: resolve as (reply: WorkerReply) => void, reject });
      this.thread.postMessage({ ...request, id } satisfies ToWorker);
    });
  }

  /** Makes `data` (known by its sha-256) the open document, unless it already is; resolves with its page count. */
  open(data: Uint8Array, key: string): Promise<number> {
    if (this.documentKey !== key) {
      this.documentKey = key;
      // pdf.js takes ownership of the bytes it is given: each worker gets its own copy.
      const opening = this.request({ type: 'open', data: data.slice() }).then((reply) => reply.pages);
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

/** A worker's failure, or its thread's, as an Error. */
export function asError(failure: WorkerFailure | Error, context?: string): Error {
  if (failure instanceof Error) return failure;
  return new Error(context ? `${context}: ${failure.message}` : failure.message);
}
