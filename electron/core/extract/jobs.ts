/**
 * Extraction jobs: at most one per filing, run in the background on the worker pool,
 * observable (pages done of total) and cancellable. The result is written in one
 * transaction at the end, so a cancelled or failed run leaves the previous data intact.
 */
import os from 'node:os';
import type { DocumentSummary, ExtractionStatus } from '../../../shared/api/contract';
import { analysePage, assembleExtraction, type PageAnalysis } from '../../../shared/domain/extraction/build';
import type { DocumentsRepository } from '../store/documents';
import type { ExtractionRepository } from '../store/extraction';
import type { FileStore } from '../store/files';
import { ExtractionCancelled, type PdfWorkerPool } from './pool';

interface Job {
  documentId: number;
  pagesDone: number;
  pagesTotal: number;
  startedAt: string;
  controller: AbortController;
  finished: Promise<void>;
}

export interface JobsContext {
  documents: DocumentsRepository;
  extraction: ExtractionRepository;
  files: FileStore;
  pool: PdfWorkerPool;
  /** Runs after the extracted data is stored (the checks); its failure is noted, the extraction stands. */
  afterExtraction?: (doc: DocumentSummary) => void;
}

/** Which process runs an extraction: host and pid, so another process can tell whether it still does. */
const OWNER = `${os.hostname()}:${process.pid}`;

function isAlive(owner: string | null): boolean {
  if (owner === null) return false;
  const [host, pid] = [owner.slice(0, owner.lastIndexOf(':')), Number(owner.slice(owner.lastIndexOf(':') + 1))];
  if (host !== os.hostname() || pid === process.pid || !Number.isInteger(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class ExtractionJobs {
  private readonly running = new Map<number, Job>();

  constructor(private readonly ctx: JobsContext) {
    // A run cut short by a crash or a quit left its old data untouched; say it did not finish.
    // A run another live process owns (the app, while a CLI command opens the store) goes on.
    for (const doc of ctx.documents.list()) {
      if (doc.extractionStatus === 'running' && !isAlive(ctx.documents.extractionOwner(doc.id))) {
        ctx.documents.setExtractionState(doc.id, 'cancelled', null, 'interrupted: Gouji stopped during extraction; run it again');
      }
    }
  }

  start(doc: DocumentSummary): Job {
    const existing = this.running.get(doc.id);
    if (existing) return existing;
    const controller = new AbortController();
    const job: Job = { documentId: doc.id, pagesDone: 0, pagesTotal: doc.pages, startedAt: new Date().toISOString(), controller, finished: Promise.resolve() };
    this.running.set(doc.id, job);
    this.ctx.documents.setExtractionState(doc.id, 'running', null, null, OWNER);
    job.finished = this.run(doc, job).finally(() => this.running.delete(doc.id));
    return job;
  }

  private async run(doc: DocumentSummary, job: Job): Promise<void> {
    const { documents, extraction, files } = this.ctx;
    try {
      const data = files.read(doc.sha256);
      // Each page is analysed as it arrives, while the workers read the next ones.
      const analyses: PageAnalysis[] = new Array(doc.pages);
      const geometries = await this.ctx.pool.readPages(data, doc.sha256, doc.pages, {
        signal: job.controller.signal,
        onPage: (geometry, done) => {
          analyses[geometry.page - 1] = analysePage(geometry);
          job.pagesDone = done;
        },
      });
      if (job.controller.signal.aborted) throw new ExtractionCancelled();
      const result = assembleExtraction(geometries, analyses, { reportPeriod: doc.reportPeriod });
      extraction.replace(doc.id, result);
      let note: string | null = null;
      try {
        this.ctx.afterExtraction?.(doc);
      } catch (error) {
        note = `checks could not run: ${error instanceof Error ? error.message : String(error)}`;
      }
      documents.setExtractionState(doc.id, 'done', new Date().toISOString(), note);
    } catch (error) {
      if (error instanceof ExtractionCancelled) documents.setExtractionState(doc.id, 'cancelled', null, null);
      else documents.setExtractionState(doc.id, 'failed', null, error instanceof Error ? error.message : String(error));
    }
  }

  async wait(documentId: number): Promise<void> {
    await this.running.get(documentId)?.finished;
  }

  cancel(documentId: number): void {
    this.running.get(documentId)?.controller.abort();
  }

  async cancelAll(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }

  status(doc: DocumentSummary): ExtractionStatus {
    const job = this.running.get(doc.id);
    const pages = this.ctx.extraction.pages(doc.id);
    const done = doc.extractionStatus === 'done';
    return {
      documentId: doc.id,
      status: job ? 'running' : doc.extractionStatus,
      pagesDone: job ? job.pagesDone : done ? doc.pages : 0,
      pagesTotal: doc.pages,
      startedAt: job?.startedAt ?? null,
      finishedAt: job ? null : doc.extractedAt,
      error: doc.extractionError,
      counts: done || pages.length > 0 ? this.ctx.extraction.counts(doc.id) : null,
      warnings: pages
        .filter((p) => !p.hasTextLayer)
        .map((p) => ({
          page: p.page,
          code: 'NO_TEXT_LAYER',
          message: `page ${p.page} has no text layer${p.imageCoverage > 0.5 ? ' (a scanned image)' : ''}; OCR is not available, so nothing was extracted from it`,
        })),
    };
  }
}
