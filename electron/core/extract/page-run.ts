/**
 * One document's pages being read by a set of PDF workers: pages handed out in order,
 * two in flight per worker so none idles on a round trip. A run can start before anyone
 * asks for its pages (while import still stores the file): the first of them are read
 * ahead and kept for the extraction that follows. A watchdog holds the run to its limits
 * (limits.ts) and stops it naming the page when one is passed.
 */
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import { duration, gigabytes, type ExtractionLimits } from './limits';
import { asError, ExtractionCancelled, type PdfWorker } from './pdf-worker';
import type { WorkerFailure } from './worker-protocol';

const PAGES_QUEUED_PER_WORKER = 2;
/**
 * Pages read before anyone asks for them: about what two workers read while import
 * stores the file, and all that is spent in vain when no extraction follows.
 */
const READ_AHEAD_PAGES = 32;

export interface PageReadOptions {
  signal?: AbortSignal;
  /** Each page's geometry as it is read (pages finish out of order). */
  onPage?: (geometry: PageGeometry, pagesDone: number, pageCount: number) => void;
}

/** A worker of the run: its pages in flight, oldest first (null while it opens the document), and when it last made progress. */
interface Member {
  inFlight: number[] | null;
  since: number;
}

interface Reader {
  onPage?: PageReadOptions['onPage'];
  resolve: (pages: PageGeometry[]) => void;
  reject: (error: Error) => void;
}

export class PageRun {
  private readonly results: PageGeometry[] = [];
  /** Known once a worker has the document open. */
  private pageCount: number | null = null;
  private readonly workers = new Map<PdfWorker, Member>();
  private nextPage = 1;
  private done = 0;
  private failure: Error | null = null;
  private reader: Reader | null = null;
  /** No more pages are handed out or taken in (dropped, or failed). */
  private stopped = false;
  /** The workers went back to the pool. */
  private returned = false;
  /** The reader has its pages. */
  private answered = false;
  /** Pages another reader brings in (import's probe reads them whole), not handed out. */
  private reservedFor: ((pageCount: number) => number[]) | null = null;
  private readonly reserved = new Set<number>();
  private readonly watchdog: NodeJS.Timeout;

  /** `onEnd` gets the run's workers back when it ends (those stopped mid-page are gone already). */
  constructor(
    readonly key: string,
    private readonly data: Uint8Array,
    private readonly limits: ExtractionLimits,
    private readonly onEnd: (workers: PdfWorker[]) => void,
  ) {
    // Checked every second (finer under short test limits).
    this.watchdog = setInterval(() => this.checkLimits(), Math.min(1000, Math.max(10, limits.pageTimeLimitMs / 4))).unref();
  }

  get workerCount(): number {
    return this.workers.size;
  }

  /** Whether someone reads the run's pages (an unclaimed run is speculative). */
  get claimed(): boolean {
    return this.reader !== null;
  }

  /** A worker joins: it opens the document (unless it holds it) and takes pages until none are left. */
  add(worker: PdfWorker): void {
    if (this.stopped || this.returned || this.workers.has(worker)) return;
    const member: Member = { inFlight: null, since: Date.now() };
    this.workers.set(worker, member);
    if (this.checkMemory()) return;
    worker.open(this.data, this.key).then(
      (pages) => {
        this.knowPageCount(pages);
        member.inFlight = [];
        member.since = Date.now();
        this.topUp();
        this.settle(); // a document without pages is read at once
      },
      (failure: WorkerFailure | Error) => this.fail(asError(failure)),
    );
  }

  /** Every page's geometry in page order; `onPage` sees those already read at once, the others as they come. */
  read(options: PageReadOptions = {}): Promise<PageGeometry[]> {
    const { signal, onPage } = options;
    if (signal?.aborted) return Promise.reject(new ExtractionCancelled());
    return new Promise<PageGeometry[]>((resolve, reject) => {
      const onAbort = (): void => this.fail(new ExtractionCancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      const unlisten = (): void => signal?.removeEventListener('abort', onAbort);
      this.reader = {
        onPage,
        resolve: (pages) => (unlisten(), resolve(pages)),
        reject: (error) => (unlisten(), reject(error)),
      };
      try {
        let done = 0;
        for (const geometry of this.results) if (geometry) onPage?.(geometry, ++done, this.pageCount!);
      } catch (error) {
        this.fail(asError(error as Error));
      }
      this.topUp(); // workers that stopped at the read-ahead limit go on
      this.settle();
    });
  }

  /** Leaves these pages (of a document of `pageCount` pages) to whoever delivers them. */
  reserve(pages: (pageCount: number) => number[]): void {
    this.reservedFor = pages;
    if (this.pageCount !== null) for (const page of pages(this.pageCount)) this.reserved.add(page);
  }

  /** Pages read elsewhere (reserved ones). */
  deliver(geometries: readonly PageGeometry[], pageCount: number): void {
    if (this.stopped) return;
    this.knowPageCount(pageCount);
    for (const geometry of geometries) {
      this.reserved.delete(geometry.page);
      if (this.results[geometry.page - 1]) continue;
      this.results[geometry.page - 1] = geometry;
      this.done++;
      this.notify(geometry);
    }
    this.topUp(); // a worker may have stopped short of the reserved pages
    this.settle();
  }

  private knowPageCount(pageCount: number): void {
    if (this.pageCount !== null) return;
    this.pageCount = pageCount;
    for (const page of this.reservedFor?.(pageCount) ?? []) if (!this.results[page - 1]) this.reserved.add(page);
  }

  private notify(geometry: PageGeometry): void {
    try {
      this.reader?.onPage?.(geometry, this.done, this.pageCount!);
    } catch (error) {
      this.fail(asError(error as Error));
    }
  }

  /** Stops handing out pages (a speculative run nobody claimed); its workers go back to the pool, their last pages unread. */
  stop(): void {
    this.stopped = true;
    this.giveBack();
  }

  private giveBack(): void {
    if (this.returned) return;
    this.returned = true;
    clearInterval(this.watchdog);
    this.onEnd([...this.workers.keys()]);
  }

  /** Stops the run when the process has outgrown its memory ceiling, or a worker has made no progress for too long. */
  private checkLimits(): void {
    if (this.checkMemory()) return;
    const { pageTimeLimitMs } = this.limits;
    const now = Date.now();
    const stuck = [...this.workers.values()].find((m) => (m.inFlight === null || m.inFlight.length > 0) && now - m.since > pageTimeLimitMs);
    if (!stuck) return;
    const what = stuck.inFlight?.length ? `page ${stuck.inFlight[0]} could not be read` : 'the PDF could not be opened for extraction';
    this.fail(new Error(`${what} within ${duration(pageTimeLimitMs)}: it is too complex or damaged`));
  }

  /** Also checked as workers join and pages land, so a fast run cannot slip between two watchdog ticks. */
  private checkMemory(): boolean {
    const { memoryCeilingBytes } = this.limits;
    const rss = process.memoryUsage.rss();
    if (rss <= memoryCeilingBytes) return false;
    const pages = [...this.workers.values()].flatMap((m) => m.inFlight ?? []).sort((a, b) => a - b);
    const reading = pages.length > 0 ? `page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}` : 'the PDF';
    this.fail(new Error(`extraction stopped while reading ${reading}: Gouji's memory use reached ${gigabytes(rss)}, over its limit of ${gigabytes(memoryCeilingBytes)}; the page is too complex or damaged`));
    return true;
  }

  /** Every worker that has the document open back to its pages in flight. */
  private topUp(): void {
    for (const [worker, { inFlight }] of this.workers) {
      if (inFlight !== null) for (let i = inFlight.length; i < PAGES_QUEUED_PER_WORKER; i++) this.feed(worker);
    }
  }

  private feed(worker: PdfWorker): void {
    if (this.stopped || this.pageCount === null) return;
    // Pages another reader brings in, or brought in already, are skipped.
    while (this.reserved.has(this.nextPage) || this.results[this.nextPage - 1]) this.nextPage++;
    if (this.nextPage > this.pageCount) return;
    if (!this.reader && this.nextPage > READ_AHEAD_PAGES) return;
    const page = this.nextPage++;
    const member = this.workers.get(worker)!;
    member.inFlight!.push(page);
    const landed = (): void => {
      member.inFlight = member.inFlight!.filter((p) => p !== page);
      member.since = Date.now();
    };
    worker.request({ type: 'page', page }).then(
      ({ geometry }) => {
        landed();
        if (this.stopped || this.results[page - 1] || this.checkMemory()) return;
        this.results[page - 1] = geometry;
        this.done++;
        this.notify(geometry);
        if (this.stopped) return;
        if (this.done === this.pageCount) this.settle();
        else this.feed(worker);
      },
      (failure: WorkerFailure | Error) => {
        landed();
        this.fail(asError(failure, `page ${page}`));
      },
    );
  }

  private fail(error: Error): void {
    if (this.stopped || this.answered) return;
    this.stopped = true;
    this.failure = error;
    // Workers opening the file or with pages in flight are stopped (at once, when cancelled), not reused.
    for (const [worker, { inFlight }] of this.workers) if (inFlight === null || inFlight.length > 0) worker.terminate();
    this.giveBack();
    this.settle();
  }

  /** Answers the reader, if there is one yet, once the run is read in full or has failed. */
  private settle(): void {
    if (this.failure) this.reader?.reject(this.failure);
    else if (this.done === this.pageCount) {
      this.giveBack();
      if (!this.reader) return;
      this.answered = true;
      this.reader.resolve(this.results);
    }
  }
}
