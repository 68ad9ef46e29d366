import { useEffect } from 'react';
import { trackExtraction } from '../state/extraction';

/** Keeps the given filings' extraction polled while they run, for as long as the caller is mounted. */
export function useTrackExtraction(ids: readonly number[]): void {
  const key = ids.join(',');
  useEffect(() => trackExtraction(key === '' ? [] : key.split(',').map(Number)), [key]);
}
