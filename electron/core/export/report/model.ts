/** A filing's findings with the pictures of their places: what the HTML and PDF reports lay out. */
import type { ExportLanguage, ValueMode } from '../../../../shared/api/contract';
import type { FilingFindings } from '../../../../shared/domain/export/findings';

export interface IllustratedFindings extends FilingFindings {
  /** Per finding, one PNG per place (null where the page could not be drawn). */
  snippets: (Uint8Array | null)[][];
}

export interface ReportMeta {
  lang: ExportLanguage;
  values: ValueMode;
  generatedAt: string;
}
