import type { DocumentSummary, ExtractionStatus } from '../../../shared/api/contract';
import { seedStatus, useExtraction } from '../state/extraction';

/** The newest known extraction status of a filing: the store's, else what its summary says. */
export function useExtractionStatus(
  documentId: number,
  summary: DocumentSummary | null,
): ExtractionStatus | null {
  const stored = useExtraction((state) => state.byId[documentId]);
  return stored ?? (summary ? seedStatus(summary) : null);
}
