/**
 * One document's pages being read by a set of PDF workers: pages handed out in order,
 * two in flight per worker so none idles on a round trip. A run can start before anyone
 * asks for its pages (while import still stores the file): the first of them are read
 * ahead and kept for the extraction that follows.
 */
import type { PageGeometry } from '../../../shared/domain/extraction/types';
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

interface Reader {
  onPage?: PageReadOptions['onPage'];
  resolve: (pages: PageGeometry[]) => void;
  reject: (error: Error) => void;
}

export class PageRun {
  private readonly results: PageGeometry[] = [];
  /** Known once a worker has the document open. */
  private pageCount: number | null = null;
  /** The run's workers, with how many of its pages each has in flight (null while it opens the document). */
  private readonly workers = new Map<PdfWorker, number | null>();
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

  /** `onEnd` gets the run's workers back when it ends (those stopped mid-page are gone already). */
  constructor(
    readonly key: string,
    private readonly data: Uint8Array,
    private readonly onEnd: (workers: PdfWorker[]) => void,
  ) {}

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
    this.workers.set(worker, null);
    worker.open(this.data, this.key).then(
      (pages) => {
        this.knowPageCount(pages);
        this.workers.set(worker, 0);
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
    this.onEnd([...this.workers.keys()]);
  }

  /** Every worker that has the document open back to its pages in flight. */
  private topUp(): void {
    for (const [worker, inFlight] of this.workers) {
      if (inFlight !== null) for (let i = inFlight; i < PAGES_QUEUED_PER_WORKER; i++) this.feed(worker);
    }
  }

  private feed(worker: PdfWorker): void {
    if (this.stopped || this.pageCount === null) return;
    // Pages another reader brings in, or brought in already, are skipped.
    while (this.reserved.has(this.nextPage) || this.results[this.nextPage - 1]) this.nextPage++;
    if (this.nextPage > this.pageCount) return;
    if (!this.reader && this.nextPage > READ_AHEAD_PAGES) return;
    const page = this.nextPage++;
    this.workers.set(worker, this.workers.get(worker)! + 1);
    const landed = (): void => void this.workers.set(worker, this.workers.get(worker)! - 1);
    worker.request({ type: 'page', page }).then(
      ({ geometry }) => {
        landed();
        if (this.stopped || this.results[page - 1]) return;
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
    // Workers with pages still in flight are stopped (at once, when cancelled), not reused.
    for (const [worker, inFlight] of this.workers) if (inFlight) worker.terminate();
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
