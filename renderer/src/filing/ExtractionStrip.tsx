import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { ExtractionProgress } from '../extraction/ExtractionProgress';
import { useExtractionStatus } from '../extraction/useExtractionStatus';
import { formatDateTime } from '../format';
import { errorText } from '../i18n/errorText';
import { useExtraction } from '../state/extraction';
import { ExtractionCounts } from './ExtractionCounts';
import { ExtractionWarnings } from './ExtractionWarnings';

type Props = { documentId: number; summary: DocumentSummary | null };

/** Under the filing header: where extraction stands, with cancel (running) or re-extract (otherwise). */
export function ExtractionStrip({ documentId, summary }: Props) {
  const { t, i18n } = useTranslation();
  const status = useExtractionStatus(documentId, summary);
  const actionError = useExtraction((state) => state.actionErrors[documentId]);
  const start = useExtraction((state) => state.start);
  const cancel = useExtraction((state) => state.cancel);
  const [busy, setBusy] = useState(false);

  if (!status) return null;
  const running = status.status === 'running';
  const act = (action: (id: number) => Promise<void>) => {
    setBusy(true);
    void action(documentId).finally(() => setBusy(false));
  };

  return (
    <>
      <div
        className="extraction-strip"
        data-testid="filing-extraction"
        data-status={status.status}
        data-pages-done={status.pagesDone}
        role="status"
        aria-label={t('extraction.strip.label')}
      >
        <span className={`extraction-pill extraction-${status.status}`}>
          {t(`extraction.strip.${status.status}`)}
        </span>
        {running && (
          <ExtractionProgress pagesDone={status.pagesDone} pagesTotal={status.pagesTotal} wide />
        )}
        {status.status === 'done' && status.counts && <ExtractionCounts counts={status.counts} />}
        {status.status === 'failed' && status.error && (
          <span className="extraction-error" data-testid="extraction-error" title={status.error}>
            {status.error}
          </span>
        )}
        {!running && status.finishedAt && (
          <span className="extraction-time" title={status.finishedAt}>
            {t(status.status === 'done' ? 'extraction.strip.finishedAt' : 'extraction.strip.previousKept', {
              time: formatDateTime(status.finishedAt, i18n.language),
            })}
          </span>
        )}
        <span className="toolbar-spacer" />
        {actionError && (
          <span className="extraction-error" role="alert" title={actionError.message}>
            {t('extraction.actionFailed', { reason: errorText(t, actionError, i18n.language) })}
          </span>
        )}
        {running ? (
          <button
            type="button"
            className="button button-small"
            data-testid="extraction-cancel"
            title={t('extraction.cancelTitle')}
            disabled={busy}
            onClick={() => act(cancel)}
          >
            {t('extraction.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-small"
            data-testid="extraction-rerun"
            title={t('extraction.rerunTitle')}
            disabled={busy}
            onClick={() => act(start)}
          >
            {t(status.status === 'pending' ? 'extraction.run' : 'extraction.rerun')}
          </button>
        )}
      </div>
      <ExtractionWarnings warnings={status.warnings} />
    </>
  );
}
