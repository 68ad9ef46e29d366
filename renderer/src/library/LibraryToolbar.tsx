import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../shared/api/contract';
import { useLibrary } from '../state/library';
import { LibraryExportButton } from '../export/ExportEntryPoints';
import type { TypeFilter } from './sortAndFilter';

const isTypeFilter = (value: string): value is TypeFilter =>
  value === 'all' || (DOCUMENT_TYPES as readonly string[]).includes(value);

export function LibraryToolbar({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  const filter = useLibrary((state) => state.filter);
  const typeFilter = useLibrary((state) => state.typeFilter);
  const setFilter = useLibrary((state) => state.setFilter);
  const setTypeFilter = useLibrary((state) => state.setTypeFilter);
  const filtered = filter.trim() !== '' || typeFilter !== 'all';

  return (
    <div className="toolbar library-toolbar">
      <input
        type="search"
        className="input filter-input"
        data-testid="library-filter"
        placeholder={t('library.filterPlaceholder')}
        aria-label={t('library.filterLabel')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <select
        className="select"
        data-testid="library-type-filter"
        aria-label={t('library.typeFilterLabel')}
        value={typeFilter}
        onChange={(event) => {
          if (isTypeFilter(event.target.value)) setTypeFilter(event.target.value);
        }}
      >
        <option value="all">{t('library.allTypes')}</option>
        {DOCUMENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`documentType.${type}`)}
          </option>
        ))}
      </select>
      {filtered && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setFilter('');
            setTypeFilter('all');
          }}
        >
          {t('library.clearFilter')}
        </button>
      )}
      <span className="toolbar-spacer" />
      <LibraryExportButton />
      <span className="library-count" data-testid="library-count">
        {filtered
          ? t('library.filteredCount', { count: total, shown })
          : t('library.count', { count: total })}
      </span>
    </div>
  );
}
