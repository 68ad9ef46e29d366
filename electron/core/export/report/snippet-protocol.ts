/** Messages between the export and its snippet-rendering worker thread. */
import type { Place } from '../../../../shared/domain/export/findings';

export interface SnippetRequest {
  type: 'render';
  id: number;
  pdf: Uint8Array;
  places: Place[];
}

/** One PNG per place, in the order asked; null where the page could not be drawn. */
export type SnippetReply = { type: 'rendered'; id: number; images: (Uint8Array | null)[] } | { type: 'failed'; id: number; message: string };
