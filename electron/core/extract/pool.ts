/**
 * PDF worker threads, one per core, each holding one open document. Import probes a
 * file on one of them while the others open it and start reading its pages; when the
 * probe is done its worker joins them. The extraction that follows claims those pages
 * and the run goes on at full strength, so no worker waits for import to store the
 * file. The main thread stays free (Electron's IPC, the web server) and never loads
 * pdf.js. A run nobody claims is dropped when another document comes, or after a while.
 * Runs are held to the limits of limits.ts: a hostile page stops its run, not the app.
 */
import os from 'node:os';
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import { classifyPdfjsError, PROBE_TIMEOUT_MS, ProbeError, probePages, type PdfProbe } from '../ingest/pdf-probe';
import { DEFAULT_LIMITS, type ExtractionLimits } from './limits';
import { PageRun, type PageReadOptions } from './page-run';
import { IDLE_WORKER_MS, PdfWorker } from './pdf-worker';
import type { WorkerFailure } from './worker-protocol';

export { ExtractionCancelled } from './pdf-worker';
export type { PageReadOptions } from './page-run';
export { MEMORY_CEILING_BYTES, PAGE_TIME_LIMIT_MS, WORKER_HEAP_LIMIT_MB } from './limits';

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
}

function probeError(failure: WorkerFailure | Error): ProbeError {
  return 'code' in failure && failure.code ? new ProbeError(failure.code, failure.message) : classifyPdfjsError(failure);
}

export class PdfWorkerPool {
  private readonly workers = new Set<PdfWorker>();
  /** Pages read ahead for the document import just probed, until its extraction claims them. */
  private speculative: { run: PageRun; expiry: NodeJS.Timeout } | null = null;

  private readonly limits: ExtractionLimits;

  constructor(
    readonly size = defaultWorkerCount(),
    limits: Partial<ExtractionLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Reads `data` (known by its sha-256) for import on one worker, while the others start on its pages. Fails with a ProbeError. */
  async probe(data: Uint8Array, key: string): Promise<PdfProbe> {
    this.dropSpeculation();
    const [worker, ...others] = this.lease(this.size, key);
    const run = this.newRun(data, key);
    run.reserve(probePages); // the probe reads those whole
    this.speculative = { run, expiry: setTimeout(() => this.dropSpeculation(), IDLE_WORKER_MS).unref() };
    for (const other of others) run.add(other);
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
      .catch((failure: WorkerFailure | Error) => Promise.reject(probeError(failure)));
    try {
      const { probe, pages } = await Promise.race([probing, timeout]);
      if (this.speculative?.run === run) {
        run.deliver(pages, probe.pages);
        run.add(worker!);
      } else this.release([worker!]);
      return probe;
    } catch (error) {
      if (this.speculative?.run === run) this.dropSpeculation();
      this.release([worker!]);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Every page's geometry, in page order: the pages read ahead for this document, and the rest. */
  readPages(data: Uint8Array, key: string, pageCount: number, options: PageReadOptions = {}): Promise<PageGeometry[]> {
    let run = this.speculative?.run.key === key ? this.speculative.run : null;
    if (run) this.claimSpeculation();
    else {
      this.dropSpeculation();
      run = this.newRun(data, key);
    }
    for (const worker of this.lease(Math.max(0, Math.min(this.size, pageCount) - run.workerCount), key)) run.add(worker);
    return run.read(options);
  }

  /** Stops every worker. */
  close(): void {
    this.dropSpeculation();
    for (const worker of this.workers) worker.terminate();
  }

  private newRun(data: Uint8Array, key: string): PageRun {
    return new PageRun(key, data, this.limits, (workers) => this.release(workers));
  }

  private claimSpeculation(): void {
    clearTimeout(this.speculative?.expiry);
    this.speculative = null;
  }

  private dropSpeculation(): void {
    const dropped = this.speculative?.run;
    this.claimSpeculation();
    if (dropped && !dropped.claimed) dropped.stop();
  }

  /** `count` workers for one task, those holding `key` first, spawning what is missing. */
  private lease(count: number, key: string): PdfWorker[] {
    const free = [...this.workers].filter((w) => !w.leased).sort((a, b) => Number(b.holds(key)) - Number(a.holds(key)));
    const leased = free.slice(0, count);
    while (leased.length < count) {
      const worker = new PdfWorker((gone) => this.workers.delete(gone), this.limits.workerHeapLimitMb);
      this.workers.add(worker);
      leased.push(worker);
    }
    for (const worker of leased) worker.leased = true;
    return leased;
  }

  /** Back to the pool; beyond its size, idle workers are let go at once. */
  private release(workers: readonly PdfWorker[]): void {
    for (const worker of workers) {
      if (worker.gone) continue;
      worker.leased = false;
      const idle = [...this.workers].filter((w) => !w.leased);
      if (idle.length > this.size) worker.terminate();
      else worker.idle();
    }
  }
}

export type PoolOptions = PageReadOptions & Partial<ExtractionLimits> & { workers?: number };

/** Every page's geometry on a pool of its own, gone when the pages are in (tests, scripts). */
export async function readAllPageGeometry(data: Uint8Array, pageCount: number, options: PoolOptions = {}): Promise<PageGeometry[]> {
  if (pageCount < 1) return [];
  const { workers, pageTimeLimitMs, workerHeapLimitMb, memoryCeilingBytes, ...reading } = options;
  const limits = Object.fromEntries(Object.entries({ pageTimeLimitMs, workerHeapLimitMb, memoryCeilingBytes }).filter(([, v]) => v !== undefined));
  const pool = new PdfWorkerPool(workers, limits);
  try {
    return await pool.readPages(data, 'document', pageCount, reading);
  } finally {
    pool.close();
  }
}
