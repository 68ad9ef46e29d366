import { useEffect } from 'react';
import { useExtraction } from '../state/extraction';
import { useTrackExtraction } from '../extraction/useTrackExtraction';

/** While a filing is open: look its extraction up afresh, and poll it while it runs. */
export function useFilingExtraction(documentId: number): void {
  const refresh = useExtraction((state) => state.refresh);
  useEffect(() => {
    void refresh(documentId);
  }, [documentId, refresh]);
  useTrackExtraction([documentId]);
}
