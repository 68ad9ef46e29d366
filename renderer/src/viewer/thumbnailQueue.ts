/**
 * Thumbnails render a few at a time, so flinging through 300 of them does not bury
 * the worker under renders the main view is waiting behind. A queued render whose
 * thumbnail scrolls away is dropped before it starts.
 */
const CONCURRENCY = 2;
let running = 0;
const waiting: Array<() => void> = [];

function next(): void {
  while (running < CONCURRENCY && waiting.length > 0) {
    running++;
    waiting.shift()?.();
  }
}

/** Runs `job` when a slot frees up; the returned function cancels it if it has not started. */
export function enqueueThumbnail(job: () => Promise<void>): () => void {
  let cancelled = false;
  const start = () => {
    if (cancelled) {
      running--;
      next();
      return;
    }
    void job().finally(() => {
      running--;
      next();
    });
  };
  waiting.push(start);
  next();
  return () => {
    cancelled = true;
  };
}
