import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useFiling } from '../state/filing';
import { showLibrary } from '../state/navigation';
import { ViewerToolbar } from '../viewer/ViewerToolbar';
import { Icon } from '../ui/Icon';
import { TablesPanel } from '../tables/TablesPanel';
import { ExtractionStrip } from './ExtractionStrip';
import { FilingHeader } from './FilingHeader';
import { useFilingExtraction } from './useFilingExtraction';

// pdf.js is most of the bundle; the library view starts without it.
const PdfPane = lazy(() => import('../viewer/PdfPane').then((module) => ({ default: module.PdfPane })));

export function FilingView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const summary = useFiling((state) => state.summary);
  const data = useFiling((state) => state.data);
  const loading = useFiling((state) => state.loading);
  const error = useFiling((state) => state.error);
  const zoom = useFiling((state) => state.zoom);
  const pageRequest = useFiling((state) => state.pageRequest);
  const setPageCount = useFiling((state) => state.setPageCount);
  const setVisiblePage = useFiling((state) => state.setVisiblePage);
  const setScale = useFiling((state) => state.setScale);
  useFilingExtraction(id);

  return (
    <section className="filing" data-testid="filing-view" data-id={id}>
      <div className="filing-top">
        <button
          type="button"
          className="button back-button"
          data-testid="filing-back"
          onClick={showLibrary}
        >
          <Icon name="back" />
          {t('filing.back')}
        </button>
        {summary && <FilingHeader summary={summary} />}
      </div>
      <ExtractionStrip documentId={id} summary={summary} />
      {error && (
        <div className="notice notice-error" role="alert">
          <span>{t('filing.loadFailed', { reason: errorText(t, error, i18n.language) })}</span>
          <span className="notice-detail">{error.message}</span>
        </div>
      )}
      {loading && (
        <div className="placeholder" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('filing.loading')}
        </div>
      )}
      {data && (
        <div className="filing-body">
          <div className="filing-viewer">
            <ViewerToolbar />
            <Suspense
              fallback={
                <div className="placeholder" role="status">
                  <span className="spinner" aria-hidden="true" />
                  {t('viewer.loading')}
                </div>
              }
            >
              <PdfPane
                data={data}
                zoom={zoom}
                pageRequest={pageRequest}
                onDocumentLoaded={setPageCount}
                onVisiblePageChange={setVisiblePage}
                onScaleChange={setScale}
              />
            </Suspense>
          </div>
          <TablesPanel documentId={id} />
        </div>
      )}
    </section>
  );
}
