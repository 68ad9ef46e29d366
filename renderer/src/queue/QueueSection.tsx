import { useId, type ReactNode } from 'react';

type Props = { title: string; count: number; empty: string; testId: string; children: ReactNode };

/** One part of the queue under its heading and count; says so when nothing waits in it. */
export function QueueSection({ title, count, empty, testId, children }: Props) {
  const titleId = useId();
  return (
    <section className="queue-section" data-testid={testId} data-count={count} aria-labelledby={titleId}>
      <h2 id={titleId} className="queue-section-title">
        {title}
        <span className="badge queue-section-count">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="queue-empty" data-testid={`${testId}-empty`}>
          {empty}
        </p>
      ) : (
        children
      )}
    </section>
  );
}
