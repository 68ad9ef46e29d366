import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';

/** What a correction changes: its field, the value now (struck through) → the proposed one, and what extraction read if that differs. */
export function CorrectionDiff({ correction }: { correction: Pick<CorrectionRecord, 'field' | 'oldValue' | 'newValue' | 'extractedValue'> }) {
  const { t } = useTranslation();
  const { field, oldValue, newValue, extractedValue } = correction;
  return (
    <span className="queue-diff" data-testid="queue-diff">
      <span className="correction-field">{t(`review.fields.${field}`)}</span>
      <span className="diff-old" title={t('queue.oldValue')}>
        {oldValue ?? t('common.empty')}
      </span>
      <span className="diff-arrow" aria-hidden="true">
        →
      </span>
      <span className="diff-new" title={t('queue.newValue')}>
        {newValue}
      </span>
      {extractedValue !== null && extractedValue !== oldValue && (
        <span className="correction-extracted">{t('queue.extracted', { value: extractedValue })}</span>
      )}
    </span>
  );
}
