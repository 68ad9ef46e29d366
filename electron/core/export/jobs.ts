/**
 * Export jobs: each writes into its own folder under the store's exports/ and runs in the
 * background; doors poll its status (filings and files done of total, the filing being
 * read now) and fetch its files when done. Jobs live as long as the process; their
 * folders stay.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DocumentSummary, ExportOptions, ExportStatus } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/contract';
import type { StoreLocation } from '../paths';
import { plan, runExport, type ExportContext } from './run';

interface Job {
  status: ExportStatus;
  controller: AbortController;
  finished: Promise<void>;
}

/** Where a store keeps its exports: beside gouji.db and files/. */
export const exportsRoot = (location: StoreLocation): string => path.join(location.home, 'exports');

const pad = (n: number): string => String(n).padStart(2, '0');

/** "20250701-093012-a1b2c3": sorts by time, unique, safe as a folder name. */
export function newJobId(now = new Date()): string {
  const date = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `${date}-${time}-${randomBytes(3).toString('hex')}`;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly ctx: ExportContext,
    /** The store's exports folder: every job's folder is inside it. */
    readonly root: string,
  ) {}

  folderOf(jobId: string): string {
    return path.join(this.root, jobId);
  }

  start(docs: readonly DocumentSummary[], options: ExportOptions): ExportStatus {
    const jobId = newJobId();
    const status: ExportStatus = {
      jobId,
      state: 'running',
      folder: this.folderOf(jobId),
      filingsDone: 0,
      filingsTotal: docs.length,
      filesDone: 0,
      filesTotal: plan(options, docs.length).filesTotal,
      current: null,
      files: [],
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    const controller = new AbortController();
    const job: Job = { status, controller, finished: Promise.resolve() };
    job.finished = runExport(this.ctx, docs, options, status.folder, (p) => Object.assign(status, p, { files: [...p.files], current: p.current && { ...p.current } }), controller.signal).then(
      () => void Object.assign(status, { state: 'done', current: null, finishedAt: new Date().toISOString() }),
      (error: unknown) => void Object.assign(status, { state: 'failed', current: null, finishedAt: new Date().toISOString(), error: error instanceof Error ? error.message : String(error) }),
    );
    this.jobs.set(jobId, job);
    return { ...status };
  }

  status(jobId: string): ExportStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', `no export job ${jobId} in this session`);
    return { ...job.status, files: [...job.status.files] };
  }

  async wait(jobId: string): Promise<ExportStatus> {
    await this.jobs.get(jobId)?.finished;
    return this.status(jobId);
  }

  /** Stops running jobs between filings (their finished files stay) and waits for them. */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.status.state === 'running');
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((j) => j.finished));
  }
}
