/**
 * How far a hostile page may push extraction before the run stops, naming the page: each
 * worker has a heap limit (an out-of-memory worker is terminated, not the process), the
 * whole process a memory ceiling (pdf.js keeps a page's drawing operations in typed
 * arrays, which no heap limit counts: a page of millions of strokes costs gigabytes), and
 * a page (or the opening of the file) that makes no progress within a time limit stops
 * the run.
 */
import os from 'node:os';

export interface ExtractionLimits {
  pageTimeLimitMs: number;
  workerHeapLimitMb: number;
  memoryCeilingBytes: number;
}

/** A page (or the opening of the file) that takes longer than this stops the run. */
export const PAGE_TIME_LIMIT_MS = 120_000;
/** Old-generation heap of each worker; a normal page needs a few MB. */
export const WORKER_HEAP_LIMIT_MB = 2048;
/** Resident memory of the whole process past which running extractions stop: half the machine's, at most 4 GB. */
export const MEMORY_CEILING_BYTES = Math.min(os.totalmem() / 2, 4 * 1024 ** 3);

export const DEFAULT_LIMITS: ExtractionLimits = {
  pageTimeLimitMs: PAGE_TIME_LIMIT_MS,
  workerHeapLimitMb: WORKER_HEAP_LIMIT_MB,
  memoryCeilingBytes: MEMORY_CEILING_BYTES,
};

export function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
