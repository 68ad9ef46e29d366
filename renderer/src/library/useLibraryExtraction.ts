import { useEffect, useMemo } from 'react';
import { useExtraction } from '../state/extraction';
import { useLibrary } from '../state/library';
import { useTrackExtraction } from '../extraction/useTrackExtraction';

/**
 * While the library shows, every listed filing's extraction is looked up when the list
 * changes (after an import batch, say) and the running ones are polled until they end.
 */
export function useLibraryExtraction(): void {
  const documents = useLibrary((state) => state.documents);
  const sync = useExtraction((state) => state.sync);
  const ids = useMemo(() => documents.map((document) => document.id), [documents]);

  useEffect(() => {
    void sync(documents);
  }, [documents, sync]);
  useTrackExtraction(ids);
}
