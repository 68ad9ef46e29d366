/**
 * The export half of the contract: reviewed datasets (CSV, XLSX, JSON, a Frictionless data
 * package) and findings reports (HTML, PDF), written by a background job into the store's
 * exports folder. Spread into `contract`.
 */
import { z } from 'zod';
import { Bytes, DocumentRef, ReviewStatus } from './contract-base';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'datapackage', 'report'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const REPORT_FORMATS = ['html', 'pdf', 'both'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** approved: values with approved corrections only (a pending one is flagged, not applied); all: pending proposals too, each with its status. */
export const VALUE_MODES = ['approved', 'all'] as const;
export const ValueMode = z.enum(VALUE_MODES);
export type ValueMode = z.infer<typeof ValueMode>;

export const EXPORT_LANGUAGES = ['zh', 'en'] as const;
export const ExportLanguage = z.enum(EXPORT_LANGUAGES);
export type ExportLanguage = z.infer<typeof ExportLanguage>;

/** Which filings: the ones named, or every filing with a review status. */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('documents'), refs: z.array(DocumentRef).min(1).max(10000) }).strict(),
  z.object({ kind: z.literal('status'), status: ReviewStatus }).strict(),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const ExportOptions = z
  .object({
    scope: ExportScope,
    formats: z.array(ExportFormat).min(1).max(EXPORT_FORMATS.length),
    reportFormat: ReportFormat.default('both'),
    values: ValueMode.default('approved'),
    lang: ExportLanguage.default('zh'),
    annotations: z.boolean().default(true),
  })
  .strict();
export type ExportOptions = z.output<typeof ExportOptions>;
export type ExportOptionsInput = z.input<typeof ExportOptions>;

/** A job is named by the folder it writes: exports/<jobId>. */
export const ExportJobId = z.string().regex(/^\d{8}-\d{6}-[0-9a-f]{6}$/, 'an export job id looks like 20250101-120000-a1b2c3');
/** A produced file's plain name inside its job folder: no folders, no leading dot. */
export const ExportFileName = z.string().regex(/^[^/\\\0.][^/\\\0]{0,199}$/u, 'a file name without folders');

export const ExportFile = z.object({ name: z.string(), bytes: z.number().int().nonnegative() });
export type ExportFile = z.infer<typeof ExportFile>;

export const EXPORT_JOB_STATES = ['running', 'done', 'failed'] as const;

export const ExportStatus = z.object({
  jobId: z.string(),
  state: z.enum(EXPORT_JOB_STATES),
  /** The job's folder (inside the store's exports folder). */
  folder: z.string(),
  filingsDone: z.number().int().nonnegative(),
  filingsTotal: z.number().int().nonnegative(),
  filesDone: z.number().int().nonnegative(),
  filesTotal: z.number().int().nonnegative(),
  /** The filing being exported now. */
  current: z.object({ id: z.number().int(), label: z.string() }).nullable(),
  files: z.array(ExportFile),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type ExportStatus = z.infer<typeof ExportStatus>;

const JobRef = z.object({ jobId: ExportJobId }).strict();

export const exportContract = {
  /** Start exporting into a new folder under the store's exports/; poll getExportStatus. */
  startExport: { input: ExportOptions, output: ExportStatus },
  getExportStatus: { input: JobRef, output: ExportStatus },
  /** The bytes of one produced file, for the web door's download. */
  getExportFile: {
    input: z.object({ jobId: ExportJobId, name: ExportFileName }).strict(),
    output: z.object({ fileName: z.string(), data: Bytes }),
  },
} as const;
