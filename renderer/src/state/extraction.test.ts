import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractionStatus } from '../../../shared/api/contract';

const getExtractionStatus = vi.fn<(input: { ref: string }) => Promise<ExtractionStatus>>();
const getDocument = vi.fn();

vi.mock('../api/door', () => ({
  door: 'web',
  api: { getExtractionStatus, getDocument },
}));

const { isPolling, POLL_INTERVAL_MS, trackExtraction, useExtraction } = await import('./extraction');

function status(documentId: number, overrides: Partial<ExtractionStatus> = {}): ExtractionStatus {
  return {
    documentId,
    status: 'running',
    pagesDone: 0,
    pagesTotal: 10,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: null,
    error: null,
    counts: null,
    warnings: [],
    ...overrides,
  };
}

/** Lets pending promise callbacks run without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('extraction polling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    getExtractionStatus.mockReset();
    useExtraction.setState({ byId: {}, actionErrors: {}, finishedRuns: {} });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls a tracked running filing until it ends, then stops and counts the finished run', async () => {
    const answers = [
      status(1, { pagesDone: 2 }),
      status(1, { pagesDone: 7 }),
      status(1, { status: 'done', pagesDone: 10, counts: { tables: 3, cells: 40, figures: 20 } }),
    ];
    getExtractionStatus.mockImplementation(async () => answers.shift() ?? status(1, { status: 'done' }));

    const untrack = trackExtraction([1]);
    await useExtraction.getState().refresh(1);
    expect(useExtraction.getState().byId[1]?.pagesDone).toBe(2);
    expect(isPolling()).toBe(true);

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(useExtraction.getState().byId[1]?.pagesDone).toBe(7);

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(useExtraction.getState().byId[1]?.status).toBe('done');
    expect(useExtraction.getState().finishedRuns[1]).toBe(1);
    expect(isPolling()).toBe(false);

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 4);
    expect(getExtractionStatus).toHaveBeenCalledTimes(3);
    untrack();
  });

  it('stops polling when the last view tracking a running filing lets go', async () => {
    getExtractionStatus.mockImplementation(async () => status(2, { pagesDone: 1 }));
    const untrack = trackExtraction([2]);
    await useExtraction.getState().refresh(2);
    await settle();
    expect(isPolling()).toBe(true);

    untrack();
    expect(isPolling()).toBe(false);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 4);
    expect(getExtractionStatus).toHaveBeenCalledTimes(1);
  });

  it('does not poll untracked or finished filings', async () => {
    getExtractionStatus.mockImplementation(async ({ ref }) =>
      ref === '3' ? status(3, { status: 'done' }) : status(4),
    );
    await useExtraction.getState().refresh(4); // running, but nobody tracks it
    const untrack = trackExtraction([3]);
    await useExtraction.getState().refresh(3);
    expect(isPolling()).toBe(false);
    untrack();
  });

  it('keeps the newer answer when an older one arrives late', async () => {
    let releaseOld: (value: ExtractionStatus) => void = () => undefined;
    getExtractionStatus
      .mockImplementationOnce(() => new Promise((resolve) => (releaseOld = resolve)))
      .mockImplementationOnce(async () => status(5, { status: 'done' }));
    const older = useExtraction.getState().refresh(5);
    await useExtraction.getState().refresh(5);
    releaseOld(status(5, { pagesDone: 1 }));
    await older;
    expect(useExtraction.getState().byId[5]?.status).toBe('done');
  });
});
