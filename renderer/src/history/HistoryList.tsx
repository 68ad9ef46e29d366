import { useTranslation } from 'react-i18next';
import { FormError } from '../shell/FormError';
import { HistoryEntry } from './HistoryEntry';
import { useAuditLog, type AuditQuery } from './useAuditLog';

type Props = AuditQuery & {
  /** Bump to fetch again (after a change the list should show). */
  reload?: number;
  /** Offered on entries about one figure or cell: show that target's history alone. */
  onShowTarget?: (targetKey: string) => void;
};

/**
 * The audit trail of a filing, or of one figure in it (with `targetKey`): who did what,
 * when, from what to what and why, newest first. `filingRef` is a filing id or sha256
 * (the prop is not called `ref`: React keeps that name for itself).
 */
export function HistoryList({ reload = 0, onShowTarget, ...query }: Props) {
  const { t } = useTranslation();
  const entries = useAuditLog(query, reload);

  if (entries.status === 'failed') return <FormError error={entries.error} />;
  if (entries.status === 'loading') {
    return (
      <div className="placeholder history-placeholder" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('history.loading')}
      </div>
    );
  }
  if (entries.value.length === 0) {
    return (
      <p className="history-empty" data-testid="history-list" data-count={0}>
        {t(query.targetKey ? 'history.emptyTarget' : 'history.empty')}
      </p>
    );
  }
  return (
    <ol className="history-list" data-testid="history-list" data-count={entries.value.length}>
      {entries.value.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} onShowTarget={query.targetKey ? undefined : onShowTarget} />
      ))}
    </ol>
  );
}
