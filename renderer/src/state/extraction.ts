/**
 * Extraction (text, tables, figures) as the UI sees it, keyed by document id. The core
 * extracts in the background after each import; views that show a filing `track` it,
 * and while any tracked filing is running its status is polled about every 500 ms.
 * Nothing is polled when no tracked filing is running, and untracking (a view unmounts,
 * a filing is closed) stops the timer.
 */
import { create } from 'zustand';
import type { DocumentSummary, ExtractionStatus } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { useLibrary } from './library';

export const POLL_INTERVAL_MS = 500;
/** Status look-ups for a freshly loaded library go out a few at a time, not all at once. */
const FETCH_CONCURRENCY = 4;

type ExtractionState = {
  byId: Record<number, ExtractionStatus>;
  /** A start or cancel the core refused, per filing, until the next try. */
  actionErrors: Record<number, ErrorSummary>;
  /** Counts finished runs per filing, so views showing extracted data know to reload it. */
  finishedRuns: Record<number, number>;
  refresh: (id: number) => Promise<void>;
  /** Looks up filings the store does not know yet, or whose summary disagrees with it. */
  sync: (documents: readonly DocumentSummary[]) => Promise<void>;
  start: (id: number) => Promise<void>;
  cancel: (id: number) => Promise<void>;
};

/** What a summary alone says, before the first status arrives. */
export function seedStatus(document: DocumentSummary): ExtractionStatus {
  const done = document.extractionStatus === 'done';
  return {
    documentId: document.id,
    status: document.extractionStatus,
    pagesDone: done ? document.pages : 0,
    pagesTotal: document.pages,
    startedAt: null,
    finishedAt: document.extractedAt,
    error: document.extractionError,
    counts: null,
    warnings: [],
  };
}

// Each request takes a ticket when it goes out; an answer older than one already applied is dropped.
let nextTicket = 1;
const appliedTicket = new Map<number, number>();

/** How many mounted views track each filing. */
const tracked = new Map<number, number>();
let timer: ReturnType<typeof setTimeout> | null = null;
let polling = false;

function withoutKey<T>(record: Record<number, T>, key: number): Record<number, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useExtraction = create<ExtractionState>()((set, get) => {
  function apply(id: number, ticket: number, status: ExtractionStatus): void {
    if ((appliedTicket.get(id) ?? 0) > ticket) return;
    appliedTicket.set(id, ticket);
    const finished = get().byId[id]?.status === 'running' && status.status !== 'running';
    set((state) => ({
      byId: { ...state.byId, [id]: status },
      finishedRuns: finished
        ? { ...state.finishedRuns, [id]: (state.finishedRuns[id] ?? 0) + 1 }
        : state.finishedRuns,
    }));
    // The library row carries the state too (it sorts by it); bring it up to date when it lags.
    const listed = useLibrary.getState().documents.find((document) => document.id === id);
    if (listed && listed.extractionStatus !== status.status) {
      void useLibrary.getState().refreshDocument(id);
    }
    schedulePoll();
  }

  async function fetchStatus(id: number): Promise<void> {
    const ticket = nextTicket++;
    try {
      apply(id, ticket, await api.getExtractionStatus({ ref: String(id) }));
    } catch {
      // Lost answers are retried by the next poll while running; otherwise what is known stands.
    }
  }

  async function act(id: number, call: () => Promise<ExtractionStatus>): Promise<void> {
    const ticket = nextTicket++;
    set((state) => ({ actionErrors: withoutKey(state.actionErrors, id) }));
    try {
      apply(id, ticket, await call());
    } catch (error) {
      set((state) => ({ actionErrors: { ...state.actionErrors, [id]: summarizeError(error) } }));
    }
  }

  return {
    byId: {},
    actionErrors: {},
    finishedRuns: {},

    refresh: fetchStatus,
    sync: async (documents) => {
      const { byId } = get();
      // Done filings need one look-up as well: a summary has no table count.
      const ids = documents
        .filter((document) => {
          const known = byId[document.id];
          return !known || known.status !== document.extractionStatus || (known.status === 'done' && !known.counts);
        })
        .map((document) => document.id);
      const worker = async () => {
        for (let id = ids.shift(); id !== undefined; id = ids.shift()) await fetchStatus(id);
      };
      await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, ids.length) }, worker));
    },
    start: (id) => act(id, () => api.extractDocument({ ref: String(id) })),
    cancel: async (id) => {
      await act(id, () => api.cancelExtraction({ ref: String(id) }));
      // A run takes a moment to wind down; the poll (or this look) sees it end.
      await fetchStatus(id);
    },
  };
});

/** Tracked filings last seen running. */
function runningTracked(): number[] {
  const { byId } = useExtraction.getState();
  return [...tracked.keys()].filter((id) => byId[id]?.status === 'running');
}

function schedulePoll(): void {
  if (polling || timer !== null || runningTracked().length === 0) return;
  timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
}

async function poll(): Promise<void> {
  timer = null;
  polling = true;
  try {
    const { refresh } = useExtraction.getState();
    await Promise.all(runningTracked().map((id) => refresh(id)));
  } finally {
    polling = false;
  }
  schedulePoll();
}

/**
 * Starts watching filings; call the returned function to stop. Those known (or later
 * found, by `refresh` or `sync`) to be running are polled until they end.
 */
export function trackExtraction(ids: readonly number[]): () => void {
  for (const id of ids) tracked.set(id, (tracked.get(id) ?? 0) + 1);
  schedulePoll();
  return () => {
    for (const id of ids) {
      const count = (tracked.get(id) ?? 0) - 1;
      if (count > 0) tracked.set(id, count);
      else tracked.delete(id);
    }
    if (runningTracked().length === 0 && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
}

/** Whether a poll is scheduled or under way (for tests). */
export function isPolling(): boolean {
  return timer !== null || polling;
}
