/**
 * What one user saw must not greet the next: when the signed-in user changes (sign-out,
 * switch user, a session that ended), the open filing closes, the URL returns to the
 * library and every store holding filings, searches or review work starts empty. Where
 * the reviewer left each filing (page, zoom) and the layout are the machine's, and stay.
 */
import type { StoreApi } from 'zustand';
import { useQueueRoute } from '../queue/queueRoute';
import { useApprovalQueue } from '../state/approvalQueue';
import { useExtraction } from '../state/extraction';
import { useFiling } from '../state/filing';
import { useFilingReview } from '../state/filingReview';
import { useImportBatch } from '../state/importBatch';
import { useLibrary } from '../state/library';
import { useSearch } from '../state/search';
import { useSession } from '../state/session';

const resetToStart = <T>(store: Pick<StoreApi<T>, 'setState' | 'getInitialState'>) => store.setState(store.getInitialState(), true);

export function resetUserState(): void {
  useFiling.getState().close();
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  resetToStart(useQueueRoute);
  resetToStart(useLibrary);
  resetToStart(useApprovalQueue);
  useFilingReview.getState().clear();
  useSearch.getState().clear();
  resetToStart(useExtraction);
  useImportBatch.getState().dismiss();
}

/** Resets per-user state whenever the signed-in user changes; returns the unsubscribe. */
export function resetOnUserChange(): () => void {
  return useSession.subscribe((state, previous) => {
    if (previous.user !== null && state.user?.id !== previous.user.id) resetUserState();
  });
}
