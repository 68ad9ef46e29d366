import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, SearchHit } from '../../../shared/api/contract';
import { errorText } from '../i18n/errorText';
import { useLibrary } from '../state/library';
import { openFiling } from '../state/navigation';
import { SEARCH_LIMIT, useSearch } from '../state/search';
import { SearchHitItem } from './SearchHitItem';

/** Search the text of every filing; a hit opens its filing at its page with the words found. */
export function LibrarySearch() {
  const { t, i18n } = useTranslation();
  const query = useSearch((state) => state.query);
  const searched = useSearch((state) => state.searched);
  const hits = useSearch((state) => state.hits);
  const loading = useSearch((state) => state.loading);
  const error = useSearch((state) => state.error);
  const setQuery = useSearch((state) => state.setQuery);
  const search = useSearch((state) => state.search);
  const clear = useSearch((state) => state.clear);
  const documents = useLibrary((state) => state.documents);
  const byId = useMemo(() => new Map<number, DocumentSummary>(documents.map((document) => [document.id, document])), [documents]);

  const open = useCallback((hit: SearchHit) => {
    const terms = useSearch.getState().searched ?? '';
    openFiling(hit.documentId, { page: hit.page, find: terms });
  }, []);

  return (
    <div className="library-search" data-testid="library-search">
      <form
        className="toolbar library-search-bar"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <input
          type="search"
          className="input search-input"
          data-testid="search-input"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          maxLength={200}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button" data-testid="search-submit" disabled={query.trim() === '' || loading}>
          {t('search.submit')}
        </button>
        {searched !== null && (
          <button type="button" className="button button-small" onClick={clear}>
            {t('search.clear')}
          </button>
        )}
        {loading && <span className="spinner" aria-hidden="true" />}
        {searched !== null && !loading && (
          <span className="library-count" data-testid="search-count" data-count={hits.length}>
            {hits.length >= SEARCH_LIMIT
              ? t('search.countCapped', { count: hits.length })
              : t('search.count', { count: hits.length })}
          </span>
        )}
      </form>
      {error && (
        <div className="notice notice-error" role="alert" title={error.message}>
          {t('search.failed', { reason: errorText(t, error, i18n.language) })}
        </div>
      )}
      {searched !== null && !error && (
        <ol className="search-results" data-testid="search-results" aria-label={t('search.results', { query: searched })}>
          {hits.length === 0 && !loading && <li className="search-none">{t('search.none', { query: searched })}</li>}
          {hits.map((hit) => (
            <SearchHitItem key={`${hit.documentId}:${hit.page}`} hit={hit} document={byId.get(hit.documentId)} onOpen={open} />
          ))}
        </ol>
      )}
    </div>
  );
}
