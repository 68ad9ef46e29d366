import { useTranslation } from 'react-i18next';
import { useImportBatch } from '../state/importBatch';

export function ImportProgress() {
  const { t } = useTranslation();
  const running = useImportBatch((state) => state.running);
  const done = useImportBatch((state) => state.done);
  const total = useImportBatch((state) => state.total);
  const currentFileName = useImportBatch((state) => state.currentFileName);

  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const label =
    running && currentFileName
      ? t('import.progress', { current: done + 1, total, fileName: currentFileName })
      : t('import.finished', { count: done });

  return (
    <div
      className="import-progress"
      data-testid="import-progress"
      data-state={running ? 'running' : 'done'}
      role="progressbar"
      aria-label={t('import.progressLabel')}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={label}
    >
      <div className="import-progress-track">
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="import-progress-label" title={label}>
        {label}
      </div>
    </div>
  );
}
