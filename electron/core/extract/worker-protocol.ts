/** Messages between the PDF worker pool and its worker threads; every reply names its request. */
import type { ImportErrorCode } from '../../../shared/api/contract';
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import type { PdfProbe } from '../ingest/pdf-probe';

/** open: make this the worker's one open document; probe: read it for import (with the geometry of the pages it read); page: one page's geometry. */
export type WorkerRequest = { type: 'open'; data: Uint8Array } | { type: 'probe' } | { type: 'page'; page: number };

export type ToWorker = WorkerRequest & { id: number };

/** A failure as plain data: the error's name and message, and its code when it is a ProbeError. */
export interface WorkerFailure {
  name: string;
  message: string;
  code?: ImportErrorCode;
}

export type WorkerReply = { type: 'opened'; pages: number } | { type: 'probe'; probe: PdfProbe; pages: PageGeometry[] } | { type: 'page'; geometry: PageGeometry } | { type: 'failed'; failure: WorkerFailure };

export type FromWorker = WorkerReply & { id: number };

/** The reply each request gets when it succeeds. */
export interface ReplyTo {
  open: Extract<WorkerReply, { type: 'opened' }>;
  probe: Extract<WorkerReply, { type: 'probe' }>;
  page: Extract<WorkerReply, { type: 'page' }>;
}
