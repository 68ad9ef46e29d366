import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { formatBytes } from '../format';
import { FilingExportButton } from '../export/ExportEntryPoints';
import { HeaderField as Field } from './HeaderField';

const SHORT_SHA_LENGTH = 12;

export function FilingHeader({ summary }: { summary: DocumentSummary }) {
  const { t, i18n } = useTranslation();
  const empty = t('common.empty');

  return (
    <div className="filing-header">
      <div className="filing-title">
        <span className="filing-code mono" data-testid="filing-code">
          {summary.securityCode ?? empty}
        </span>
        <span className="filing-short-name" data-testid="filing-short-name">
          {summary.shortName ?? empty}
        </span>
        {summary.company && <span className="filing-company">{summary.company}</span>}
        <FilingExportButton summary={summary} />
      </div>
      <dl className="filing-fields">
        <Field label={t('filing.fields.type')} testId="filing-type">
          {t(`documentType.${summary.documentType}`)}
        </Field>
        <Field label={t('filing.fields.period')}>{summary.reportPeriod ?? empty}</Field>
        <Field label={t('filing.fields.pages')}>{summary.pages}</Field>
        <Field label={t('filing.fields.fileName')}>
          <span className="field-ellipsis" title={summary.fileName}>
            {summary.fileName}
          </span>
        </Field>
        <Field label={t('filing.fields.size')}>{formatBytes(summary.bytes, i18n.language)}</Field>
        <Field label={t('filing.fields.sha256')}>
          <span
            className="mono"
            data-testid="filing-sha256"
            title={t('filing.sha256Title', { sha256: summary.sha256 })}
          >
            {summary.sha256.slice(0, SHORT_SHA_LENGTH)}
          </span>
        </Field>
      </dl>
    </div>
  );
}
