import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { ExtractionProgress } from '../extraction/ExtractionProgress';
import { NO_TEXT_LAYER } from '../extraction/warnings';
import { useExtractionStatus } from '../extraction/useExtractionStatus';

/** The library's extraction column: progress while running, then what came out (or why not). */
export function ExtractionCell({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const status = useExtractionStatus(document.id, document);
  if (!status) return <td className="col-extraction" />;

  const noTextPages = status.warnings.filter((warning) => warning.code === NO_TEXT_LAYER).length;
  const title =
    status.status === 'failed'
      ? (status.error ?? t('extraction.status.failed'))
      : status.status === 'running'
        ? t('extraction.status.running')
        : undefined;

  return (
    <td
      className="col-extraction"
      data-testid="extraction-status"
      data-status={status.status}
      data-pages-done={status.pagesDone}
      title={title}
    >
      {status.status === 'running' ? (
        <ExtractionProgress pagesDone={status.pagesDone} pagesTotal={status.pagesTotal} />
      ) : (
        <>
          <span className={`extraction-state extraction-${status.status}`}>
            {status.status === 'done' && status.counts
              ? t('extraction.tablesExtracted', { count: status.counts.tables })
              : t(`extraction.status.${status.status}`)}
          </span>
          {noTextPages > 0 && (
            <span className="extraction-no-text" data-testid="extraction-no-text">
              {t('extraction.noTextPages', { count: noTextPages })}
            </span>
          )}
        </>
      )}
    </td>
  );
}
