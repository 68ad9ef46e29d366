import { useTranslation } from 'react-i18next';

export type SourceFilter = 'all' | 'table' | 'text';
const SOURCES: readonly SourceFilter[] = ['all', 'table', 'text'];

type Props = {
  query: string;
  source: SourceFilter;
  canonicalOnly: boolean;
  shown: number;
  total: number;
  onQuery: (query: string) => void;
  onSource: (source: SourceFilter) => void;
  onCanonicalOnly: (canonicalOnly: boolean) => void;
};

/** Search (metric, name, period, value, source) and filters over the figure list. */
export function FigureFilters({ query, source, canonicalOnly, shown, total, onQuery, onSource, onCanonicalOnly }: Props) {
  const { t } = useTranslation();
  return (
    <div className="toolbar figure-filters">
      <input
        type="search"
        className="input figure-search"
        data-testid="figure-search"
        placeholder={t('figures.searchPlaceholder')}
        aria-label={t('figures.searchLabel')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      <select
        className="select"
        data-testid="figure-source-filter"
        aria-label={t('figures.sourceFilter')}
        value={source}
        onChange={(event) => {
          const value = SOURCES.find((candidate) => candidate === event.target.value);
          if (value) onSource(value);
        }}
      >
        {SOURCES.map((value) => (
          <option key={value} value={value}>
            {t(`figures.sources.${value}`)}
          </option>
        ))}
      </select>
      <label className="figure-option">
        <input type="checkbox" checked={canonicalOnly} onChange={(event) => onCanonicalOnly(event.target.checked)} />
        {t('figures.canonicalOnly')}
      </label>
      <span className="toolbar-spacer" />
      <span className="library-count" data-testid="figure-count">
        {t('figures.count', { shown, count: total })}
      </span>
    </div>
  );
}
