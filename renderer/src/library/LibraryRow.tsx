import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { ReviewStatusPill } from '../filing/ReviewStatusPill';
import { formatDateTime } from '../format';
import { ChecksCell } from './ChecksCell';
import { ExtractionCell } from './ExtractionCell';
import { ReviewWorkCell } from './ReviewWorkCell';

type Props = {
  document: DocumentSummary;
  selected: boolean;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
};

export const LibraryRow = memo(function LibraryRow({ document, selected, onSelect, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const empty = t('common.empty');
  const name = document.shortName ?? document.title ?? document.fileName;

  return (
    <tr
      className={selected ? 'selected' : undefined}
      data-testid="library-row"
      data-id={document.id}
      data-sha256={document.sha256}
      tabIndex={0}
      aria-selected={selected}
      title={document.fileName}
      onFocus={() => onSelect(document.id)}
      onClick={() => onSelect(document.id)}
      onDoubleClick={() => onOpen(document.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(document.id);
      }}
    >
      <td className="col-code mono">{document.securityCode ?? empty}</td>
      <td className="col-name">
        <span className="cell-primary">{document.shortName ?? empty}</span>
        {document.company && <span className="cell-secondary">{document.company}</span>}
      </td>
      <td className="col-type">{t(`documentType.${document.documentType}`)}</td>
      <td className="col-period">{document.reportPeriod ?? empty}</td>
      <td className="col-pages numeric">{document.pages}</td>
      <td className="col-imported mono" title={document.importedAt}>
        {formatDateTime(document.importedAt, i18n.language)}
      </td>
      <td className="col-status" data-testid="library-review-status" data-status={document.reviewStatus}>
        <ReviewStatusPill status={document.reviewStatus} />
      </td>
      <ReviewWorkCell document={document} />
      <ExtractionCell document={document} />
      <ChecksCell document={document} />
      <td className="col-actions">
        <button
          type="button"
          className="link-button"
          data-testid="library-open"
          aria-label={t('library.openLabel', { name })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(document.id);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          {t('library.openAction')}
        </button>
      </td>
    </tr>
  );
});
