import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { LibrarySearch } from '../search/LibrarySearch';
import { useLibrary } from '../state/library';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryTable } from './LibraryTable';
import { LibraryToolbar } from './LibraryToolbar';
import { useLibraryExtraction } from './useLibraryExtraction';
import { useVisibleDocuments } from './useVisibleDocuments';

export function LibraryView() {
  const { t, i18n } = useTranslation();
  const loaded = useLibrary((state) => state.loaded);
  const loading = useLibrary((state) => state.loading);
  const error = useLibrary((state) => state.error);
  const total = useLibrary((state) => state.documents.length);
  const load = useLibrary((state) => state.load);
  const visible = useVisibleDocuments();
  useLibraryExtraction();

  return (
    <section className="library" data-testid="library" aria-label={t('library.title')}>
      {total > 0 && <LibrarySearch />}
      <LibraryToolbar shown={visible.length} total={total} />
      {error && (
        <div className="notice notice-error" role="alert">
          <span>{t('library.loadFailed', { reason: errorText(t, error, i18n.language) })}</span>
          <span className="notice-detail">{error.message}</span>
          <button type="button" className="button button-small" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {!loaded && loading && (
        <div className="placeholder" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('library.loading')}
        </div>
      )}
      {loaded && total === 0 && <EmptyLibrary />}
      {loaded && total > 0 && <LibraryTable documents={visible} />}
    </section>
  );
}
