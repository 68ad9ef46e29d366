/**
 * Find in the PDF with pdf.js's find controller, which matches Chinese text (no word
 * boundaries needed) and highlights every match on the text layer. Typing searches as
 * you type; Enter / Shift+Enter step through matches; Escape closes.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../state/workspace';
import { IconButton } from '../ui/IconButton';
import { closeFind, dispatchFind, FIND_NOT_FOUND, listen, type FindMatchesCount, type ViewerKit } from './viewerKit';

export function FindBar({ kit }: { kit: ViewerKit }) {
  const { t } = useTranslation();
  const query = useWorkspace((state) => state.findQuery);
  const focusSeq = useWorkspace((state) => state.findFocusSeq);
  const runSeq = useWorkspace((state) => state.findRunSeq);
  const setQuery = useWorkspace((state) => state.setFindQuery);
  const close = useWorkspace((state) => state.closeFind);
  const focusPane = useWorkspace((state) => state.focusPane);
  const [highlightAll, setHighlightAll] = useState(true);
  const [matches, setMatches] = useState<FindMatchesCount>({ current: 0, total: 0 });
  const [notFound, setNotFound] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusSeq]);

  useEffect(() => {
    const off = [
      listen(kit.eventBus, 'updatefindmatchescount', ({ matchesCount }) => setMatches(matchesCount)),
      listen(kit.eventBus, 'updatefindcontrolstate', ({ state, matchesCount }) => {
        setNotFound(state === FIND_NOT_FOUND);
        if (matchesCount) setMatches(matchesCount);
      }),
    ];
    return () => off.forEach((unlisten) => unlisten());
  }, [kit]);

  // A new query (typed, or from a search hit) searches from the current page.
  useEffect(() => {
    // An emptied box clears the highlights (the status line hides itself).
    if (query.trim() === '') {
      closeFind(kit);
      return;
    }
    dispatchFind(kit, { query, highlightAll });
  }, [kit, query, highlightAll, runSeq]);

  // Closing the bar clears the highlights.
  useEffect(() => () => closeFind(kit), [kit]);

  const step = (previous: boolean) => {
    if (query.trim() !== '') dispatchFind(kit, { query, again: true, previous, highlightAll });
  };
  const dismiss = () => {
    close();
    focusPane('pdf');
  };

  return (
    <div className="find-bar" role="search" data-testid="find-bar" aria-label={t('find.label')}>
      <input
        ref={inputRef}
        type="search"
        className={`input find-input${notFound ? ' find-input-missing' : ''}`}
        data-testid="find-input"
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            dismiss();
          }
        }}
      />
      <IconButton icon="up" label={t('find.previous')} onClick={() => step(true)} testId="find-previous" />
      <IconButton icon="down" label={t('find.next')} onClick={() => step(false)} testId="find-next" />
      <label className="find-option">
        <input type="checkbox" checked={highlightAll} onChange={(event) => setHighlightAll(event.target.checked)} />
        {t('find.highlightAll')}
      </label>
      <span className="find-status" data-testid="find-status" data-total={matches.total} aria-live="polite">
        {query.trim() === ''
          ? ''
          : notFound
            ? t('find.notFound')
            : matches.total > 0
              ? t('find.matches', { current: matches.current, total: matches.total })
              : ''}
      </span>
      <span className="toolbar-spacer" />
      <IconButton icon="close" label={t('common.close')} onClick={dismiss} testId="find-close" />
    </div>
  );
}
