import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';

/** The library's checks column: ✗ mismatches, ? cannot evaluate, ✓ tied (rounding counts with tied). */
export function ChecksCell({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const checks = document.checks;
  if (!checks) {
    return (
      <td className="col-checks numeric" data-testid="library-checks" title={t('library.checksNone')}>
        <span className="library-checks-none">{t('common.empty')}</span>
      </td>
    );
  }
  const title = t('library.checksTitle', { fail: checks.fail, cannot: checks.cannot_evaluate, rounding: checks.rounding, pass: checks.pass });
  return (
    <td
      className="col-checks numeric"
      data-testid="library-checks"
      data-fail={checks.fail}
      data-cannot-evaluate={checks.cannot_evaluate}
      data-pass={checks.pass + checks.rounding}
      title={title}
      aria-label={title}
    >
      <span className={`library-check check-fail${checks.fail > 0 ? ' nonzero' : ''}`}>✗ {checks.fail}</span>
      <span className={`library-check check-cannot_evaluate${checks.cannot_evaluate > 0 ? ' nonzero' : ''}`}>? {checks.cannot_evaluate}</span>
      <span className="library-check check-pass">✓ {checks.pass + checks.rounding}</span>
    </td>
  );
}
