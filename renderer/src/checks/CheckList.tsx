/**
 * The check results in a virtualised list: only the rows in view (and a few around)
 * are in the DOM, so a filing with thousands of checks scrolls smoothly. Arrow keys move
 * the selection; a result selected from elsewhere (a tickmark) is scrolled into view.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResultRecord } from '../../../shared/api/contract';
import { CheckRow } from './CheckRow';

const ROW_HEIGHT = 40;
const OVERSCAN = 6;

type Props = {
  results: readonly CheckResultRecord[];
  selectedId: number | null;
  onSelect: (result: CheckResultRecord) => void;
};

/** The list's columns, in order, with the class that sizes each. */
const HEADER_COLUMNS = [
  ['status', 'check-col-status'],
  ['family', 'check-col-family'],
  ['description', 'check-col-description'],
  ['expected', 'check-col-number'],
  ['actual', 'check-col-number'],
  ['difference', 'check-col-number'],
  ['tolerance', 'check-col-tolerance'],
] as const;

export function CheckList({ results, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const observer = new ResizeObserver(() => setHeight(body.clientHeight));
    observer.observe(body);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    const index = results.findIndex((result) => result.id === selectedId);
    if (!body || index < 0) return;
    const top = index * ROW_HEIGHT;
    if (top < body.scrollTop) body.scrollTop = top;
    else if (top + ROW_HEIGHT > body.scrollTop + body.clientHeight) body.scrollTop = top + ROW_HEIGHT - body.clientHeight;
  }, [results, selectedId]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(results.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = results.findIndex((result) => result.id === selectedId);
    const next = results[index < 0 ? 0 : index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) onSelect(next);
  };

  return (
    <div className="check-list" role="grid" aria-label={t('checks.listLabel')} aria-rowcount={results.length} data-testid="check-list">
      <div className="check-row check-header" role="row">
        {HEADER_COLUMNS.map(([key, className]) => (
          <span key={key} className={`check-cell ${className}`} role="columnheader">
            {key === 'status' ? <span className="visually-hidden">{t('checks.columns.status')}</span> : t(`checks.columns.${key}`)}
          </span>
        ))}
      </div>
      <div
        ref={bodyRef}
        className="check-list-body"
        tabIndex={0}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div className="check-list-spacer" style={{ height: results.length * ROW_HEIGHT }}>
          {results.slice(first, last).map((result, offset) => (
            <CheckRow
              key={result.id}
              result={result}
              top={(first + offset) * ROW_HEIGHT}
              selected={result.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
