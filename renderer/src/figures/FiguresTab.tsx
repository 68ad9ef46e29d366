import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/api/contract';
import { errorText } from '../i18n/errorText';
import { useFigures } from '../state/figures';
import { useTables } from '../state/tables';
import { useWorkspace } from '../state/workspace';
import { FigureFilters, type SourceFilter } from './FigureFilters';
import { FigureGrid, type FigureRow } from './FigureGrid';
import { figurePeriodText, figureSourceText, figureValueText } from './figureText';
import { figureReviewTarget } from '../workspace/reviewTargets';
import { SelectionReviewBar } from '../workspace/SelectionReviewBar';

/** The Figures tab: every number extraction found, searchable and filterable. */
export function FiguresTab() {
  const { t, i18n } = useTranslation();
  const figures = useFigures((state) => state.figures);
  const loading = useFigures((state) => state.loading);
  const error = useFigures((state) => state.error);
  const tables = useTables((state) => state.tables);
  // The grid's rows after its own search, as it reports them.
  const shownCount = useWorkspace((state) => state.figureOrder?.length ?? null);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<SourceFilter>('all');
  const [canonicalOnly, setCanonicalOnly] = useState(false);
  // Typing stays responsive on thousands of rows: the grid filters a beat behind the input.
  const deferredQuery = useDeferredValue(query);
  const selectedFigureId = useWorkspace((state) => state.selection?.figureId ?? null);
  const selectedFigure = useFigures((state) => (selectedFigureId === null ? undefined : state.byId.get(selectedFigureId)));

  const allRows = useMemo<FigureRow[]>(() => {
    const byId = new Map<number, TableSummary>(tables.map((table) => [table.id, table]));
    return figures.map((figure) => ({
      figure,
      metric: figure.metric,
      canonical: figure.canonical ?? '',
      period: figurePeriodText(figure),
      value: figureValueText(t, figure),
      unit: figure.unit ?? '',
      page: figure.page,
      source: figureSourceText(t, figure, byId),
    }));
  }, [figures, tables, t]);
  const rows = useMemo(
    () =>
      allRows.filter(
        (row) =>
          (source === 'all' || row.figure.source === source) && (!canonicalOnly || row.figure.canonical !== null),
      ),
    [allRows, source, canonicalOnly],
  );

  return (
    <div className="figures-tab" data-testid="figures-tab">
      <FigureFilters
        query={query}
        source={source}
        canonicalOnly={canonicalOnly}
        shown={shownCount ?? rows.length}
        total={figures.length}
        onQuery={setQuery}
        onSource={setSource}
        onCanonicalOnly={setCanonicalOnly}
      />
      {error && (
        <div className="notice notice-error" role="alert" title={error.message}>
          {t('figures.loadFailed', { reason: errorText(t, error, i18n.language) })}
        </div>
      )}
      {figures.length === 0 && !error ? (
        <div className="tables-panel-note">{loading ? t('figures.loading') : t('figures.none')}</div>
      ) : (
        <>
          <SelectionReviewBar target={selectedFigure ? figureReviewTarget(selectedFigure) : null} />
          <FigureGrid rows={rows} quickFilter={deferredQuery} />
        </>
      )}
    </div>
  );
}
