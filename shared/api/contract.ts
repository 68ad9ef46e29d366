/**
 * The typed API contract: one zod schema for the input and output of every call.
 * The core's dispatch, the Electron IPC door, the web transport and the CLI all
 * validate against these, so a call means the same thing behind every door.
 */
import { z } from 'zod';
import { API_METHODS, type ApiMethod } from './methods';
import { BoxSchema, Bytes, DocumentRef, ReviewStatus, Sha256 } from './contract-base';
import { reviewContract } from './review-contract';
import { exportContract } from './export-contract';

export * from './contract-base';
export * from './review-contract';
export * from './export-contract';

export const DOCUMENT_TYPES = [
  'annual_report',
  'half_year_report',
  'quarterly_report',
  'related_party_announcement',
  'inquiry_reply',
  'policy',
  'other',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const EXTRACTION_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export const ExtractionStatusName = z.enum(EXTRACTION_STATUSES);
export type ExtractionStatusName = z.infer<typeof ExtractionStatusName>;

export const DocumentSummary = z.object({
  id: z.number().int().positive(),
  sha256: Sha256,
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  producer: z.string().nullable(),
  hasTextLayer: z.boolean(),
  documentType: DocumentType,
  title: z.string().nullable(),
  securityCode: z.string().nullable(),
  shortName: z.string().nullable(),
  company: z.string().nullable(),
  reportPeriod: z.string().nullable(),
  disclosureDate: z.string().nullable(),
  importedAt: z.string(),
  importedBy: z.string(),
  reviewStatus: ReviewStatus,
  extractionStatus: ExtractionStatusName,
  extractedAt: z.string().nullable(),
  extractionError: z.string().nullable(),
  /** Check results by status, null until the checks have run. */
  checks: z.object({ pass: z.number().int(), rounding: z.number().int(), fail: z.number().int(), cannot_evaluate: z.number().int() }).nullable(),
  /** Review work on the filing: corrections awaiting a supervisor, annotations still open. */
  pendingCorrections: z.number().int().nonnegative(),
  openAnnotations: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const IMPORT_ERROR_CODES = [
  'EMPTY_FILE',
  'NOT_PDF',
  'TRUNCATED',
  'ENCRYPTED',
  'CORRUPT',
  'TOO_LARGE',
] as const;
export const ImportErrorCode = z.enum(IMPORT_ERROR_CODES);
export type ImportErrorCode = z.infer<typeof ImportErrorCode>;

export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), fileName: z.string(), document: DocumentSummary }),
  z.object({ status: z.literal('duplicate'), fileName: z.string(), document: DocumentSummary }),
  z.object({
    status: z.literal('failed'),
    fileName: z.string(),
    error: z.object({ code: ImportErrorCode, message: z.string() }),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const AppInfo = z.object({
  name: z.literal('Gouji'),
  version: z.string(),
  storePath: z.string(),
  schemaVersion: z.number().int(),
  documentCount: z.number().int().nonnegative(),
});
export type AppInfo = z.infer<typeof AppInfo>;


export const ExtractionStatus = z.object({
  documentId: z.number().int(),
  status: ExtractionStatusName,
  pagesDone: z.number().int().nonnegative(),
  pagesTotal: z.number().int().nonnegative(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  counts: z.object({ tables: z.number().int(), cells: z.number().int(), figures: z.number().int() }).nullable(),
  /** Per-page notes a reviewer must see: pages without a text layer, pages that failed. */
  warnings: z.array(z.object({ page: z.number().int(), code: z.string(), message: z.string() })),
});
export type ExtractionStatus = z.infer<typeof ExtractionStatus>;

export const PageInfo = z.object({
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  hasTextLayer: z.boolean(),
  imageCoverage: z.number(),
});
export type PageInfo = z.infer<typeof PageInfo>;

export const TABLE_KINDS = ['balance_sheet', 'income_statement', 'cash_flow', 'equity_changes', 'key_figures', 'related_party', 'other'] as const;
export const TableKind = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKind>;

export const TableSummary = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  seq: z.number().int(),
  pageStart: z.number().int(),
  pageEnd: z.number().int(),
  title: z.string().nullable(),
  kind: TableKind,
  unit: z.string().nullable(),
  scale: z.string().nullable(),
  currency: z.string().nullable(),
  rowCount: z.number().int(),
  colCount: z.number().int(),
  headerRows: z.number().int(),
  ruled: z.boolean(),
  regions: z.array(z.object({ page: z.number().int(), box: BoxSchema })),
});
export type TableSummary = z.infer<typeof TableSummary>;

export const VALUE_KINDS = ['number', 'empty', 'text'] as const;
export const CellRecord = z.object({
  id: z.number().int(),
  /** "t<table seq>/r<row>/c<col>": the cell's name for corrections and annotations. */
  key: z.string(),
  /** An approved correction changed the text; `extractedText` is what extraction read. */
  reviewed: z.boolean(),
  extractedText: z.string(),
  row: z.number().int(),
  col: z.number().int(),
  rowSpan: z.number().int(),
  colSpan: z.number().int(),
  page: z.number().int(),
  box: BoxSchema,
  text: z.string(),
  isHeader: z.boolean(),
  valueKind: z.enum(VALUE_KINDS),
  /** Exact decimal as a string, as printed in the table's unit; never a float. */
  value: z.string().nullable(),
  precision: z.number().int().nullable(),
});
export type CellRecord = z.infer<typeof CellRecord>;

export const FigureRecord = z.object({
  id: z.number().int(),
  /** Stable across re-extraction: "t<table seq>/r<row>/c<col>" or "p<page>/s<text offset>"; corrections and annotations name figures by it. */
  key: z.string(),
  /** An approved correction changed this figure: `value` etc. are the reviewed ones, `extractedValue` what was printed/extracted. */
  reviewed: z.boolean(),
  extractedValue: z.string(),
  documentId: z.number().int(),
  source: z.enum(['table', 'text']),
  tableId: z.number().int().nullable(),
  cellId: z.number().int().nullable(),
  /** The source cell's position in its table, for table figures. */
  cellRow: z.number().int().nullable(),
  cellCol: z.number().int().nullable(),
  page: z.number().int(),
  box: BoxSchema,
  metric: z.string(),
  canonical: z.string().nullable(),
  rowPath: z.array(z.string()),
  columnPath: z.array(z.string()),
  periodKind: z.string().nullable(),
  periodLabel: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  value: z.string(),
  unit: z.string().nullable(),
  scale: z.string().nullable(),
  precision: z.number().int(),
  percent: z.boolean(),
  percentagePoints: z.boolean(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  context: z.string().nullable(),
});
export type FigureRecord = z.infer<typeof FigureRecord>;

export const SearchHit = z.object({
  documentId: z.number().int(),
  page: z.number().int(),
  /** The page text around the hit; the hit itself between « and ». */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const CHECK_FAMILY_NAMES = ['footing', 'identity', 'ratio', 'consistency', 'cross_filing', 'policy', 'custom'] as const;
export const CHECK_STATUS_NAMES = ['pass', 'rounding', 'fail', 'cannot_evaluate'] as const;
const BilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const CheckResultRecord = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  key: z.string(),
  family: z.enum(CHECK_FAMILY_NAMES),
  rule: z.string(),
  description: BilingualSchema,
  figureIds: z.array(z.number().int()),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  difference: z.string().nullable(),
  tolerance: z.string().nullable(),
  status: z.enum(CHECK_STATUS_NAMES),
  reason: BilingualSchema.nullable(),
  checkedAt: z.string(),
});
export type CheckResultRecord = z.infer<typeof CheckResultRecord>;

export const CheckSummary = z.object({
  pass: z.number().int(),
  rounding: z.number().int(),
  fail: z.number().int(),
  cannot_evaluate: z.number().int(),
});
export type CheckSummary = z.infer<typeof CheckSummary>;

const CheckResultsOutput = z.object({ results: z.array(CheckResultRecord), summary: CheckSummary, checkedAt: z.string().nullable() });

export const CustomCheck = z.object({
  id: z.number().int(),
  /** null: a template that applies to every filing where its references resolve. */
  documentId: z.number().int().nullable(),
  tableKind: z.string().nullable(),
  name: z.string(),
  formula: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type CustomCheck = z.infer<typeof CustomCheck>;

const TableRef = z.object({ tableId: z.number().int().positive() }).strict();

/** Largest file one import call accepts; a filing beyond this is refused with TOO_LARGE. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export const contract = {
  getAppInfo: { input: z.object({}).strict(), output: AppInfo },
  listDocuments: {
    input: z.object({}).strict(),
    output: z.object({ documents: z.array(DocumentSummary) }),
  },
  getDocument: { input: z.object({ ref: DocumentRef }).strict(), output: DocumentSummary },
  importFile: {
    input: z
      .object({
        fileName: z.string().min(1).max(1024),
        data: Bytes,
      })
      .strict(),
    output: ImportOutcome,
  },
  getDocumentFile: {
    input: z.object({ ref: DocumentRef }).strict(),
    output: z.object({ fileName: z.string(), data: Bytes }),
  },
  /** Start (or re-run) extraction; with wait, resolve when it ends. Re-extracting replaces the filing's data atomically. */
  extractDocument: {
    input: z.object({ ref: DocumentRef, wait: z.boolean().optional() }).strict(),
    output: ExtractionStatus,
  },
  getExtractionStatus: { input: z.object({ ref: DocumentRef }).strict(), output: ExtractionStatus },
  cancelExtraction: { input: z.object({ ref: DocumentRef }).strict(), output: ExtractionStatus },
  listPages: { input: z.object({ ref: DocumentRef }).strict(), output: z.object({ pages: z.array(PageInfo) }) },
  listTables: { input: z.object({ ref: DocumentRef }).strict(), output: z.object({ tables: z.array(TableSummary) }) },
  getTable: { input: TableRef, output: z.object({ table: TableSummary, cells: z.array(CellRecord) }) },
  listFigures: {
    input: z
      .object({
        ref: DocumentRef,
        canonical: z.string().max(200).optional(),
        tableId: z.number().int().positive().optional(),
        source: z.enum(['table', 'text']).optional(),
      })
      .strict(),
    output: z.object({ figures: z.array(FigureRecord) }),
  },
  runChecks: { input: z.object({ ref: DocumentRef }).strict(), output: CheckResultsOutput },
  listCheckResults: {
    input: z
      .object({ ref: DocumentRef, status: z.enum(CHECK_STATUS_NAMES).optional(), family: z.enum(CHECK_FAMILY_NAMES).optional() })
      .strict(),
    output: CheckResultsOutput,
  },
  /** A reviewer's formula ("#12 = #10 + #11", "{balance_sheet:资产总计} = …"), for one filing or as a template. */
  addCustomCheck: {
    input: z
      .object({
        ref: DocumentRef.optional(),
        tableKind: TableKind.optional(),
        name: z.string().trim().min(1).max(200),
        formula: z.string().trim().min(1).max(4000),
      })
      .strict(),
    output: CustomCheck,
  },
  listCustomChecks: { input: z.object({ ref: DocumentRef.optional() }).strict(), output: z.object({ checks: z.array(CustomCheck) }) },
  deleteCustomCheck: { input: z.object({ id: z.number().int().positive() }).strict(), output: z.object({ deleted: z.boolean() }) },
  searchText: {
    input: z.object({ query: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(500).optional() }).strict(),
    output: z.object({ hits: z.array(SearchHit) }),
  },
  ...reviewContract,
  ...exportContract,
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

/** What every door offers the renderer: one async function per call. */
export type GoujiApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'AMBIGUOUS_REF',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error every door carries unchanged: a stable code for programs, a message for people. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ApiErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});

/** Compile-time and run-time guard: every method name has a schema and vice versa. */
export function assertContractComplete(): void {
  const names = Object.keys(contract).sort().join();
  if (names !== [...API_METHODS].sort().join()) throw new Error('API_METHODS and contract disagree');
}
