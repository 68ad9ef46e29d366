/**
 * Runs a filing's checks against the store: gathers its figures and tables (and those of
 * filings of the same company, for cross-filing checks), runs the pure check functions,
 * and stores the results.
 */
import type { DocumentSummary } from '../../../shared/api/contract';
import { POLICY_SEED_002 } from '../../../shared/domain/checks/policy-rules';
import { runFilingChecks, type CheckEnvironment } from '../../../shared/domain/checks/run';
import type { CheckTable, FilingFigures } from '../../../shared/domain/checks/types';
import type { ChecksRepository } from '../store/checks';
import type { DocumentsRepository } from '../store/documents';
import type { ExtractionRepository } from '../store/extraction';
import type { ReviewedData } from '../review/reviewed';

export interface ChecksContext {
  documents: DocumentsRepository;
  extraction: ExtractionRepository;
  checks: ChecksRepository;
  /** Checks read reviewed values: approved corrections applied, pending ones not. */
  reviewed: ReviewedData;
}

export function loadFilingFigures(ctx: ChecksContext, doc: DocumentSummary): FilingFigures {
  const tables: CheckTable[] = ctx.extraction.tables(doc.id).map((summary) => {
    const { cells } = ctx.reviewed.table(summary.id);
    return {
      id: summary.id,
      title: summary.title,
      kind: summary.kind,
      headerRows: summary.headerRows,
      unit: summary.unit,
      scale: summary.scale,
      cells: cells.map((c) => ({ row: c.row, col: c.col, text: c.text, valueKind: c.valueKind, isHeader: c.isHeader })),
    };
  });
  return {
    documentId: doc.id,
    securityCode: doc.securityCode,
    documentType: doc.documentType,
    reportPeriod: doc.reportPeriod,
    figures: ctx.reviewed.figures(doc.id),
    tables,
  };
}

/** Everything a filing is checked against beyond itself, read from the store. */
function environmentOf(ctx: ChecksContext, doc: DocumentSummary): CheckEnvironment {
  const peers = doc.securityCode
    ? ctx.documents
        .list()
        .filter((d) => d.id !== doc.id && d.securityCode === doc.securityCode && d.extractionStatus === 'done')
        .map((d) => loadFilingFigures(ctx, d))
    : [];
  // The example rule set (seed policy 002's tiers) until a company's own is configured.
  const policy =
    doc.documentType === 'related_party_announcement'
      ? { ruleSet: POLICY_SEED_002, context: { filingText: ctx.extraction.pages(doc.id).length > 0 ? ctx.extraction.documentText(doc.id) : '' } }
      : undefined;
  return { peers, ...(policy ? { policy } : {}), custom: ctx.checks.customChecksFor(doc.id) };
}

export function runAndStoreChecks(ctx: ChecksContext, doc: DocumentSummary): void {
  const filing = loadFilingFigures(ctx, doc);
  const results = runFilingChecks(filing, environmentOf(ctx, doc));
  ctx.checks.save(doc.id, results, new Date().toISOString());
}
