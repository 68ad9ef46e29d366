import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useQueueRoute } from '../queue/queueRoute';
import { useFiling } from '../state/filing';
import { showLibrary } from '../state/navigation';
import { Icon } from '../ui/Icon';
import { useWorkspaceKeys } from '../workspace/useWorkspaceKeys';
import { useWorkspaceSession } from '../workspace/useWorkspaceSession';
import { Workspace } from '../workspace/Workspace';
import { ExtractionStrip } from './ExtractionStrip';
import { FilingHeader } from './FilingHeader';
import { FilingStatusBar } from './FilingStatusBar';
import { useFilingExtraction } from './useFilingExtraction';

export function FilingView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const summary = useFiling((state) => state.summary);
  const data = useFiling((state) => state.data);
  const loading = useFiling((state) => state.loading);
  const error = useFiling((state) => state.error);
  const openedFromQueue = useQueueRoute((state) => state.filingFromQueue === id);
  useFilingExtraction(id);
  useWorkspaceSession(id);
  useWorkspaceKeys();

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
          {openedFromQueue ? t('queue.back') : t('filing.back')}
        </button>
        {summary && <FilingHeader summary={summary} />}
      </div>
      <FilingStatusBar documentId={id} />
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
      {data && <Workspace documentId={id} data={data} />}
    </section>
  );
}
