import { useTranslation } from 'react-i18next';
import { STATUS_SYMBOL, type CheckStatus } from './checkModel';

/** ✓ tied, ≈ rounding difference, ✗ mismatch, ? cannot evaluate: coloured, with the word for screen readers. */
export function StatusIcon({ status }: { status: CheckStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`check-status-icon check-${status}`} title={t(`checks.status.${status}`)} aria-label={t(`checks.status.${status}`)} role="img">
      {STATUS_SYMBOL[status]}
    </span>
  );
}
