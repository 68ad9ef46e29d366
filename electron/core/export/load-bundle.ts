/**
 * Reads one filing's export bundle from the store. Values come through ReviewedData, so
 * only approved corrections are applied; what a pending correction proposes is read from
 * the corrections list and shown as such.
 */
import type { DocumentSummary, FigureRecord } from '../../../shared/api/contract';
import type { FilingBundle } from '../../../shared/domain/export/bundle';
import { printedInContext } from '../../../shared/domain/export/printed';
import { signOffOf } from '../../../shared/domain/export/sign-off';
import type { ReviewedData } from '../review/reviewed';
import type { AnnotationsRepository } from '../store/annotations';
import type { AuditLog } from '../store/audit';
import type { ChecksRepository } from '../store/checks';
import type { CorrectionsRepository } from '../store/corrections';
import type { DocumentsRepository } from '../store/documents';
import type { ExtractionRepository } from '../store/extraction';
import type { UsersRepository } from '../store/users';

export interface BundleSources {
  documents: DocumentsRepository;
  extraction: ExtractionRepository;
  reviewed: ReviewedData;
  checks: ChecksRepository;
  corrections: CorrectionsRepository;
  annotations: AnnotationsRepository;
  audit: AuditLog;
  users: UsersRepository;
}

/** The audit rows a sign-off could need: a filing's status changes, newest first. */
const STATUS_HISTORY_LIMIT = 10_000;

function printedTexts(figures: readonly FigureRecord[], cellText: ReadonlyMap<number, string>): Map<number, string> {
  const printed = new Map<number, string>();
  for (const f of figures) {
    const text =
      f.cellId !== null
        ? cellText.get(f.cellId)
        : f.spanStart !== null && f.spanEnd !== null
          ? printedInContext(f.context, f.spanEnd - f.spanStart, f.extractedValue)
          : null;
    if (text) printed.set(f.id, text);
  }
  return printed;
}

export function loadBundle(sources: BundleSources, doc: DocumentSummary, withAnnotations: boolean): FilingBundle {
  const { extraction, reviewed } = sources;
  const tables = extraction.tables(doc.id).map((t) => reviewed.table(t.id));
  const cellText = new Map(tables.flatMap(({ cells }) => cells.map((c) => [c.id, c.extractedText] as const)));
  const figures = reviewed.figures(doc.id);
  const review = sources.documents.review(doc.id);
  const history = sources.audit.list({ documentId: doc.id, entity: 'filing', limit: STATUS_HISTORY_LIMIT });
  return {
    filing: doc,
    review,
    signOff: signOffOf(review.status, history, sources.users.list()),
    tables,
    figures,
    printed: printedTexts(figures, cellText),
    checks: sources.checks.list(doc.id),
    corrections: sources.corrections.list({ documentId: doc.id }),
    annotations: withAnnotations ? sources.annotations.list(doc.id) : [],
  };
}
