/**
 * The approval queue is a view of its own, kept in the URL hash (#/queue) beside the
 * filing's (#/filing/<id>, state/navigation.ts), so Back from a filing opened in the
 * queue returns to the queue.
 */
import { create } from 'zustand';
import { openFiling } from '../state/navigation';
import type { OpenTarget } from '../state/filing';

const QUEUE_HASH = '#/queue';
/** Marks the history entry this app pushed for the queue, so leaving it can pop it. */
const PUSHED_BY_QUEUE = 'gouji-queue';

type QueueRouteState = {
  open: boolean;
  /** The filing opened from the queue, whose Back returns to the queue. */
  filingFromQueue: number | null;
};

export const useQueueRoute = create<QueueRouteState>()(() => ({ open: false, filingFromQueue: null }));

/** Applies the hash to the queue route; the shell runs it with the filing's sync. */
export function syncQueueFromLocation(): void {
  const open = window.location.hash === QUEUE_HASH;
  const filingFromQueue = useQueueRoute.getState().filingFromQueue;
  const stillInThatFiling = filingFromQueue !== null && window.location.hash === `#/filing/${filingFromQueue}`;
  useQueueRoute.setState({ open, filingFromQueue: stillInThatFiling ? filingFromQueue : null });
}

export function openApprovalQueue(): void {
  if (window.location.hash === QUEUE_HASH) return;
  window.history.pushState(PUSHED_BY_QUEUE, '', QUEUE_HASH);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** To the library from wherever the user is, as a new history entry. */
export function goToLibrary(): void {
  window.history.pushState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** From the queue to the library: back, when the queue was entered from the app. */
export function leaveApprovalQueue(): void {
  if (window.history.state === PUSHED_BY_QUEUE) window.history.back();
  else goToLibrary();
}

export function openFilingFromQueue(documentId: number, target?: OpenTarget): void {
  openFiling(documentId, target);
  useQueueRoute.setState({ open: false, filingFromQueue: documentId });
}
