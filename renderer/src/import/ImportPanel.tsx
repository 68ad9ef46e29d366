import { useTranslation } from 'react-i18next';
import { useImportBatch } from '../state/importBatch';
import { ImportProgress } from './ImportProgress';
import { ImportResultList } from './ImportResultList';

/** The batch report docked above the status bar; it stays until dismissed. */
export function ImportPanel() {
  const { t } = useTranslation();
  const panelOpen = useImportBatch((state) => state.panelOpen);
  const running = useImportBatch((state) => state.running);
  const results = useImportBatch((state) => state.results);
  const nothingToImport = useImportBatch((state) => state.nothingToImport);
  const dismiss = useImportBatch((state) => state.dismiss);

  if (!panelOpen) return null;

  const count = (status: string) => results.filter((result) => result.status === status).length;
  return (
    <section className="import-panel" aria-label={t('import.resultsTitle')}>
      <header className="import-panel-header">
        <h2 className="import-panel-title">{t('import.resultsTitle')}</h2>
        {results.length > 0 && (
          <span className="import-panel-summary">
            {t('import.summary', {
              imported: count('imported'),
              duplicate: count('duplicate'),
              failed: count('failed'),
            })}
          </span>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={dismiss}
          disabled={running}
          data-testid="import-dismiss"
        >
          {t('common.close')}
        </button>
      </header>
      {nothingToImport ? (
        <p className="import-panel-note">{t('import.noPdfFound')}</p>
      ) : (
        <ImportProgress />
      )}
      {results.length > 0 && <ImportResultList results={results} />}
    </section>
  );
}
