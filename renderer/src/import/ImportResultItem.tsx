import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import type { ImportResult } from '../state/importBatch';
import { openFiling } from '../state/navigation';

export function ImportResultItem({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  return (
    <li
      className={`import-result import-result-${result.status}`}
      data-testid="import-result"
      data-status={result.status}
      data-code={result.status === 'failed' ? result.code : undefined}
    >
      <span className={`badge badge-${result.status}`}>{t(`import.status.${result.status}`)}</span>
      <span className="import-result-name" title={result.fileName}>
        {result.fileName}
      </span>
      {result.status === 'failed' ? (
        <span className="import-result-message">
          <span className="import-result-text">{errorText(t, result, i18n.language)}</span>
          <span className="import-result-detail" title={result.message}>
            {t('common.detail', { message: result.message })}
          </span>
        </span>
      ) : (
        <span className="import-result-message">
          <span className="import-result-text">
            {result.status === 'imported'
              ? t('import.importedAs', { id: result.documentId })
              : t('import.duplicateOf', { id: result.documentId })}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => openFiling(result.documentId)}
          >
            {t('import.openDocument', { id: result.documentId })}
          </button>
        </span>
      )}
    </li>
  );
}
