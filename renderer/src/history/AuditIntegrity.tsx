import { useTranslation } from 'react-i18next';
import { useAuditVerification } from './useAuditLog';

/** Whether the SHA-256 chain of the whole audit log still verifies, or the first row where it breaks. */
export function AuditIntegrity({ reload = 0 }: { reload?: number }) {
  const { t } = useTranslation();
  const verification = useAuditVerification(reload);

  if (verification.status === 'loading') {
    return <span className="badge audit-checking" data-testid="audit-integrity" data-state="checking">{t('history.verify.checking')}</span>;
  }
  if (verification.status === 'failed') {
    return (
      <span className="badge audit-unknown" data-testid="audit-integrity" data-state="unknown" title={verification.error.message}>
        {t('history.verify.failed')}
      </span>
    );
  }
  const { ok, rows, firstBroken, head } = verification.value;
  return ok ? (
    <span className="badge audit-intact" data-testid="audit-integrity" data-state="intact" title={head ? t('history.verify.head', { head }) : undefined}>
      {t('history.verify.intact', { count: rows })}
    </span>
  ) : (
    <span className="badge audit-broken" data-testid="audit-integrity" data-state="broken" data-row={firstBroken?.id} title={firstBroken?.problem}>
      {t('history.verify.broken', { row: firstBroken?.id ?? '?' })}
    </span>
  );
}
