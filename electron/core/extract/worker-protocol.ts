/** Messages between the extraction pool and its worker threads. */
import type { PageGeometry } from '../../../shared/domain/extraction/types';

export type ToWorker = { type: 'open'; data: Uint8Array } | { type: 'page'; page: number } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'page'; geometry: PageGeometry }
  | { type: 'failed'; page: number | null; message: string };
