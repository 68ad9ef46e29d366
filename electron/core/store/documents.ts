/** The documents repository: the only place that speaks SQL about filings. */
import type { DocumentSummary, DocumentType, ExtractionStatusName, FilingReview, ReviewStatus } from '../../../shared/api/contract';
import { isLocked } from '../../../shared/domain/review/filing-status';
import { ApiError } from '../../../shared/api/contract';
import type { Db } from './database';

interface DocumentRow {
  id: number;
  sha256: string;
  file_name: string;
  bytes: number;
  pages: number;
  producer: string | null;
  has_text_layer: number;
  document_type: string;
  title: string | null;
  security_code: string | null;
  short_name: string | null;
  company: string | null;
  report_period: string | null;
  disclosure_date: string | null;
  review_status: string;
  imported_at: string;
  imported_by: string;
  extraction_status: string;
  extracted_at: string | null;
  extraction_error: string | null;
  checked_at: string | null;
  checks_pass: number | null;
  checks_rounding: number | null;
  checks_fail: number | null;
  checks_cannot: number | null;
  pending_corrections: number;
  open_annotations: number;
}

/** Every documents query selects the check counts with the row, so a summary is one read. */
const SELECT_DOCUMENTS = `SELECT d.*,
  (SELECT count(*) FROM check_results c WHERE c.document_id = d.id AND c.status = 'pass') AS checks_pass,
  (SELECT count(*) FROM check_results c WHERE c.document_id = d.id AND c.status = 'rounding') AS checks_rounding,
  (SELECT count(*) FROM check_results c WHERE c.document_id = d.id AND c.status = 'fail') AS checks_fail,
  (SELECT count(*) FROM check_results c WHERE c.document_id = d.id AND c.status = 'cannot_evaluate') AS checks_cannot,
  (SELECT count(*) FROM corrections k WHERE k.document_id = d.id AND k.status = 'pending') AS pending_corrections,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.status = 'open') AS open_annotations
  FROM documents d`;

export type NewDocument = Omit<
  DocumentSummary,
  'id' | 'reviewStatus' | 'extractionStatus' | 'extractedAt' | 'extractionError' | 'checks' | 'pendingCorrections' | 'openAnnotations'
>;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    bytes: row.bytes,
    pages: row.pages,
    producer: row.producer,
    hasTextLayer: row.has_text_layer === 1,
    documentType: row.document_type as DocumentType,
    title: row.title,
    securityCode: row.security_code,
    shortName: row.short_name,
    company: row.company,
    reportPeriod: row.report_period,
    disclosureDate: row.disclosure_date,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    reviewStatus: row.review_status as ReviewStatus,
    extractionStatus: row.extraction_status as ExtractionStatusName,
    extractedAt: row.extracted_at,
    extractionError: row.extraction_error,
    checks:
      row.checked_at === null
        ? null
        : { pass: row.checks_pass ?? 0, rounding: row.checks_rounding ?? 0, fail: row.checks_fail ?? 0, cannot_evaluate: row.checks_cannot ?? 0 },
    pendingCorrections: row.pending_corrections,
    openAnnotations: row.open_annotations,
  };
}

export class DocumentsRepository {
  constructor(private readonly db: Db) {}

  list(): DocumentSummary[] {
    const rows = this.db.prepare(`${SELECT_DOCUMENTS} ORDER BY d.imported_at DESC, d.id DESC`).all() as DocumentRow[];
    return rows.map(toSummary);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  findBySha256(sha256: string): DocumentSummary | undefined {
    const row = this.db.prepare(`${SELECT_DOCUMENTS} WHERE d.sha256 = ?`).get(sha256) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  findById(id: number): DocumentSummary | undefined {
    const row = this.db.prepare(`${SELECT_DOCUMENTS} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  /**
   * Resolve a reference the way every door accepts one: a numeric id, a full sha256,
   * or an unambiguous sha256 prefix of at least 8 hex digits.
   */
  resolve(ref: string): DocumentSummary {
    const trimmed = ref.trim();
    if (/^\d+$/.test(trimmed) && trimmed.length < 16) {
      const byId = this.findById(Number(trimmed));
      if (byId) return byId;
    }
    if (/^[0-9a-fA-F]{8,64}$/.test(trimmed)) {
      const prefix = trimmed.toLowerCase();
      const rows = this.db
        .prepare(`${SELECT_DOCUMENTS} WHERE d.sha256 >= ? AND d.sha256 < ? || 'g' LIMIT 2`)
        .all(prefix, prefix) as DocumentRow[];
      if (rows.length > 1) throw new ApiError('AMBIGUOUS_REF', `"${ref}" matches more than one filing; give more of the sha256`);
      if (rows[0]) return toSummary(rows[0]);
    }
    throw new ApiError('NOT_FOUND', `no filing with id or sha256 "${ref}"`);
  }

  setExtractionState(id: number, status: ExtractionStatusName, extractedAt: string | null, error: string | null, owner: string | null = null): void {
    this.db
      .prepare('UPDATE documents SET extraction_status = ?, extracted_at = coalesce(?, extracted_at), extraction_error = ?, extraction_owner = ? WHERE id = ?')
      .run(status, extractedAt, error, owner, id);
  }

  /** The process running a filing's extraction ("host:pid"), while it runs. */
  extractionOwner(id: number): string | null {
    return (this.db.prepare('SELECT extraction_owner FROM documents WHERE id = ?').get(id) as { extraction_owner: string | null } | undefined)?.extraction_owner ?? null;
  }

  insert(doc: NewDocument): DocumentSummary {
    const info = this.db
      .prepare(
        `INSERT INTO documents (sha256, file_name, bytes, pages, producer, has_text_layer, document_type, title,
           security_code, short_name, company, report_period, disclosure_date, imported_at, imported_by)
         VALUES (@sha256, @fileName, @bytes, @pages, @producer, @hasTextLayer, @documentType, @title,
           @securityCode, @shortName, @company, @reportPeriod, @disclosureDate, @importedAt, @importedBy)`,
      )
      .run({ ...doc, hasTextLayer: doc.hasTextLayer ? 1 : 0 });
    const inserted = this.findById(Number(info.lastInsertRowid));
    if (!inserted) throw new Error('inserted filing vanished');
    return inserted;
  }

  /** A filing's review status with who changed it last and why. */
  review(id: number): FilingReview {
    const row = this.db
      .prepare('SELECT id, review_status, review_reason, review_changed_by, review_changed_at, submitted_by FROM documents WHERE id = ?')
      .get(id) as { id: number; review_status: string; review_reason: string | null; review_changed_by: string | null; review_changed_at: string | null; submitted_by: string | null } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `no filing with id ${id}`);
    const status = row.review_status as ReviewStatus;
    return {
      documentId: row.id,
      status,
      reason: row.review_reason,
      changedBy: row.review_changed_by,
      changedAt: row.review_changed_at,
      submittedBy: row.submitted_by,
      locked: isLocked(status),
    };
  }

  setReview(id: number, change: { status: ReviewStatus; reason: string | null; by: string; submittedBy?: string | null }): FilingReview {
    this.db
      .prepare(
        `UPDATE documents SET review_status = @status, review_reason = @reason, review_changed_by = @by, review_changed_at = @at,
           submitted_by = CASE WHEN @setSubmitter THEN @submittedBy ELSE submitted_by END WHERE id = @id`,
      )
      .run({ id, status: change.status, reason: change.reason, by: change.by, at: new Date().toISOString(), setSubmitter: change.submittedBy === undefined ? 0 : 1, submittedBy: change.submittedBy ?? null });
    return this.review(id);
  }

  /** Filings waiting for a supervisor. */
  submitted(): FilingReview[] {
    const ids = this.db.prepare("SELECT id FROM documents WHERE review_status = 'submitted' ORDER BY review_changed_at").all() as { id: number }[];
    return ids.map((r) => this.review(r.id));
  }
}
