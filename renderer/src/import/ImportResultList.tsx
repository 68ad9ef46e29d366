import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../state/importBatch';
import { ImportResultItem } from './ImportResultItem';

export function ImportResultList({ results }: { results: readonly ImportResult[] }) {
  const { t } = useTranslation();
  return (
    <ol className="import-results" data-testid="import-results" aria-label={t('import.resultsTitle')}>
      {results.map((result) => (
        <ImportResultItem key={result.key} result={result} />
      ))}
    </ol>
  );
}
