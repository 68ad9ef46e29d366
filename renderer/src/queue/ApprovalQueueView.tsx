import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { HistoryPanel } from '../history/HistoryPanel';
import { errorText } from '../i18n/errorText';
import { useApprovalQueue } from '../state/approvalQueue';
import { useSession } from '../state/session';
import { CorrectionGroupSection } from './CorrectionGroupSection';
import { DecisionBar } from './DecisionBar';
import { decidableSelection, decisionBlock, groupByFiling } from './queueModel';
import { openFilingFromQueue } from './queueRoute';
import { QueueSection } from './QueueSection';
import { releaseSnippetPdfs } from './snippetPdfs';
import { SubmittedFilingRow } from './SubmittedFilingRow';
import { useSelection } from './useSelection';

/**
 * The supervisors' approval queue across filings: pending corrections grouped by filing,
 * each with the PDF where it is, decided in bulk; and the filings submitted for approval.
 */
export function ApprovalQueueView() {
  const { t, i18n } = useTranslation();
  const user = useSession((state) => state.user);
  const corrections = useApprovalQueue((state) => state.corrections);
  const filings = useApprovalQueue((state) => state.filings);
  const loaded = useApprovalQueue((state) => state.loaded);
  const loading = useApprovalQueue((state) => state.loading);
  const error = useApprovalQueue((state) => state.error);
  const load = useApprovalQueue((state) => state.load);
  const selection = useSelection();
  const [history, setHistory] = useState<CorrectionRecord | null>(null);

  useEffect(() => {
    void useApprovalQueue.getState().load();
    return releaseSnippetPdfs;
  }, []);

  const groups = useMemo(() => groupByFiling(corrections), [corrections]);
  const blockOf = useCallback((correction: CorrectionRecord) => (user ? decisionBlock(correction, user) : 'notSupervisor'), [user]);
  const decidable = useMemo(() => corrections.filter((correction) => blockOf(correction) === null).map((correction) => correction.id), [corrections, blockOf]);
  const selectedIds = user ? decidableSelection(selection.selected, corrections, user) : [];
  const pendingByFiling = (documentId: number) => corrections.filter((correction) => correction.documentId === documentId).length;
  const openCorrection = useCallback((correction: CorrectionRecord) => openFilingFromQueue(correction.documentId, { page: correction.page }), []);
  const openFiling = useCallback((documentId: number) => openFilingFromQueue(documentId), []);

  return (
    <section className="queue-view" data-testid="approval-queue" aria-labelledby="queue-title">
      <div className="toolbar queue-toolbar">
        <h1 id="queue-title" className="queue-title">
          {t('queue.title')}
        </h1>
        <span className="queue-summary" data-testid="queue-summary">
          {t('queue.summary', { corrections: corrections.length, filings: filings.length })}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-small" data-testid="queue-refresh" disabled={loading} onClick={() => void load()}>
          {t('queue.refresh')}
        </button>
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          <span>{t('queue.loadFailed', { reason: errorText(t, error, i18n.language) })}</span>
          <span className="notice-detail">{error.message}</span>
        </div>
      )}
      {!loaded && loading && (
        <div className="placeholder" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('queue.loading')}
        </div>
      )}
      {loaded && (
        <div className="queue-scroll">
          <QueueSection title={t('queue.correctionsTitle')} count={corrections.length} empty={t('queue.noCorrections')} testId="queue-corrections">
            <DecisionBar
              selectedIds={selectedIds}
              decidableCount={decidable.length}
              onSelectAll={(select) => selection.setMany(decidable, select)}
              onDecided={selection.clear}
            />
            {groups.map((group) => (
              <CorrectionGroupSection
                key={group.documentId}
                group={group}
                blockOf={blockOf}
                selected={selection.selected}
                onToggle={selection.toggle}
                onToggleAll={selection.setMany}
                onOpen={openCorrection}
                onOpenFiling={openFiling}
                onHistory={setHistory}
              />
            ))}
          </QueueSection>
          <QueueSection title={t('queue.filingsTitle')} count={filings.length} empty={t('queue.noFilings')} testId="queue-filings">
            <ol className="queue-filings">
              {filings.map((review) => (
                <SubmittedFilingRow key={review.documentId} review={review} pendingCorrections={pendingByFiling(review.documentId)} onOpen={openFiling} />
              ))}
            </ol>
          </QueueSection>
        </div>
      )}
      {history && <HistoryPanel key={history.id} filingRef={String(history.documentId)} targetKey={history.targetKey} onClose={() => setHistory(null)} />}
    </section>
  );
}
