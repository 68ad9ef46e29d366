/** The export dialog's choices, and the startExport call they make. */
import type { ExportFormat, ExportLanguage, ExportOptionsInput, ReportFormat, ReviewStatus, ValueMode } from '../../../shared/api/contract';

/** Which filings: those the dialog was opened with (one filing, the library's selection or rows shown), or every filing with a status. */
export type ScopeChoice = 'given' | 'status';

export interface ExportForm {
  scope: ScopeChoice;
  status: ReviewStatus;
  formats: ExportFormat[];
  reportFormat: ReportFormat;
  values: ValueMode;
  lang: ExportLanguage;
  annotations: boolean;
}

export function initialForm(uiLanguage: string, hasGiven: boolean): ExportForm {
  return {
    scope: hasGiven ? 'given' : 'status',
    status: 'approved',
    formats: ['xlsx', 'report'],
    reportFormat: 'both',
    values: 'approved',
    lang: uiLanguage.startsWith('zh') ? 'zh' : 'en',
    annotations: true,
  };
}

export function toggleFormat(formats: readonly ExportFormat[], format: ExportFormat): ExportFormat[] {
  return formats.includes(format) ? formats.filter((f) => f !== format) : [...formats, format];
}

/** The call to make, or null while the form cannot start one (no format, no filing). */
export function exportRequest(form: ExportForm, givenIds: readonly number[]): ExportOptionsInput | null {
  if (form.formats.length === 0) return null;
  if (form.scope === 'given' && givenIds.length === 0) return null;
  return {
    scope: form.scope === 'given' ? { kind: 'documents', refs: givenIds.map(String) } : { kind: 'status', status: form.status },
    formats: form.formats,
    reportFormat: form.reportFormat,
    values: form.values,
    lang: form.lang,
    annotations: form.annotations,
  };
}
