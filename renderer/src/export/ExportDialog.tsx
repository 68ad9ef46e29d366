import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, REPORT_FORMATS, REVIEW_STATUSES, VALUE_MODES, type ExportStatus, type ReportFormat, type ReviewStatus } from '../../../shared/api/contract';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { formatBytes } from '../format';
import { errorText } from '../i18n/errorText';
import { canRevealFolder, downloadAll, downloadFile, revealFolder } from './deliver';
import { exportRequest, initialForm, toggleFormat, type ExportForm } from './exportForm';
import { useExportJob } from './useExportJob';
import './export.css';

export interface ExportTarget {
  id: number;
  label: string;
}

/** Choose what to export and how, watch it run, then open its folder (desktop) or download its files (browser). */
export function ExportDialog({ given, onClose }: { given: readonly ExportTarget[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<ExportForm>(() => initialForm(i18n.language, given.length > 0));
  const [deliveryError, setDeliveryError] = useState<ErrorSummary | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const desktop = canRevealFolder();
  const reveal = (status: ExportStatus) => revealFolder(status.jobId).catch((error: unknown) => setDeliveryError(summarizeError(error)));
  const job = useExportJob((status) => {
    if (desktop) void reveal(status);
  });
  const request = exportRequest(form, given.map((g) => g.id));
  const running = job.status?.state === 'running';
  const update = (change: Partial<ExportForm>) => setForm((current) => ({ ...current, ...change }));

  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [onClose]);

  const status = job.status;
  const failure = job.error ?? deliveryError;
  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-dialog-title" data-testid="export-dialog">
        <header className="modal-header">
          <h2 id="export-dialog-title" className="modal-title">
            {t('export.title')}
          </h2>
          <button ref={closeRef} type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        </header>
        <div className="export-body">
          <fieldset className="export-group" disabled={running}>
            <legend>{t('export.scope.label')}</legend>
            {given.length > 0 && (
              <label className="export-choice">
                <input type="radio" name="export-scope" checked={form.scope === 'given'} onChange={() => update({ scope: 'given' })} />
                <span>
                  {t('export.scope.given', { count: given.length })}
                  <span className="export-given" title={given.map((g) => g.label).join('\n')}>
                    {given.slice(0, 3).map((g) => g.label).join('、')}
                    {given.length > 3 ? ' …' : ''}
                  </span>
                </span>
              </label>
            )}
            <label className="export-choice">
              <input type="radio" name="export-scope" checked={form.scope === 'status'} onChange={() => update({ scope: 'status' })} />
              <span>{t('export.scope.status')}</span>
              <select
                className="select"
                data-testid="export-status"
                value={form.status}
                onChange={(event) => update({ scope: 'status', status: event.target.value as ReviewStatus })}
              >
                {REVIEW_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`reviewStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>

          <fieldset className="export-group" data-testid="export-format" disabled={running}>
            <legend>{t('export.formats.label')}</legend>
            {EXPORT_FORMATS.map((format) => (
              <label key={format} className="export-choice">
                <input type="checkbox" data-format={format} checked={form.formats.includes(format)} onChange={() => update({ formats: toggleFormat(form.formats, format) })} />
                <span>{t(`export.formats.${format}`)}</span>
              </label>
            ))}
            <label className="export-choice export-indent">
              <span>{t('export.reportFormat.label')}</span>
              <select
                className="select"
                data-testid="export-report-format"
                disabled={!form.formats.includes('report')}
                value={form.reportFormat}
                onChange={(event) => update({ reportFormat: event.target.value as ReportFormat })}
              >
                {REPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`export.reportFormat.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>

          <fieldset className="export-group" disabled={running}>
            <legend>{t('export.options.label')}</legend>
            {VALUE_MODES.map((mode) => (
              <label key={mode} className="export-choice">
                <input type="radio" name="export-values" data-testid={`export-values-${mode}`} checked={form.values === mode} onChange={() => update({ values: mode })} />
                <span>{t(`export.options.values.${mode}`)}</span>
              </label>
            ))}
            <label className="export-choice">
              <span>{t('export.options.lang')}</span>
              <select className="select" data-testid="export-lang" value={form.lang} onChange={(event) => update({ lang: event.target.value === 'en' ? 'en' : 'zh' })}>
                <option value="zh">中文</option>
                <option value="en">English</option>
              </select>
            </label>
            <label className="export-choice">
              <input type="checkbox" data-testid="export-annotations" checked={form.annotations} onChange={() => update({ annotations: !form.annotations })} />
              <span>{t('export.options.annotations')}</span>
            </label>
          </fieldset>

          {status && status.state !== 'done' && (
            <div className="export-progress" role="status">
              <progress data-testid="export-progress" max={Math.max(1, status.filesTotal)} value={status.filesDone} />
              <span>
                {status.state === 'failed'
                  ? t('export.failed', { reason: status.error ?? '' })
                  : t('export.progress', { done: status.filingsDone, total: status.filingsTotal, files: status.filesDone, filesTotal: status.filesTotal, current: status.current?.label ?? '' })}
              </span>
            </div>
          )}

          {status?.state === 'done' && (
            <div className="export-done" data-testid="export-done" role="status">
              <p>{t('export.done', { count: status.files.length, filings: status.filingsTotal })}</p>
              <ul className="export-files">
                {status.files.map((file) => (
                  <li key={file.name}>
                    {desktop ? (
                      <span className="mono">{file.name}</span>
                    ) : (
                      <button type="button" className="link-button" data-testid="export-file" onClick={() => void downloadFile(status.jobId, file.name).catch((error: unknown) => setDeliveryError(summarizeError(error)))}>
                        {file.name}
                      </button>
                    )}
                    <span className="export-size">{formatBytes(file.bytes, i18n.language)}</span>
                  </li>
                ))}
              </ul>
              {desktop ? (
                <button type="button" className="button" onClick={() => void reveal(status)}>
                  {t('export.openFolder')}
                </button>
              ) : (
                <button type="button" className="button" data-testid="export-download-all" onClick={() => void downloadAll(status).catch((error: unknown) => setDeliveryError(summarizeError(error)))}>
                  {t('export.downloadAll')}
                </button>
              )}
            </div>
          )}

          {failure && (
            <div className="notice notice-error" role="alert">
              <span>{t('export.error', { reason: errorText(t, failure, i18n.language) })}</span>
              <span className="notice-detail">{failure.message}</span>
            </div>
          )}
        </div>
        <footer className="export-footer">
          <button type="button" className="button button-primary" data-testid="export-start" disabled={!request || running} onClick={() => request && void job.start(request)}>
            {running ? t('export.running') : t('export.start')}
          </button>
        </footer>
      </div>
    </div>
  );
}
