/**
 * The corrections repository. A correction names its figure or cell by a stable key and
 * keeps a snapshot of where it is and what was extracted, so it survives re-extraction;
 * `stale` says when the extraction at that key has since changed.
 */
import type { CorrectionField, CorrectionRecord, CorrectionStatus } from '../../../shared/api/contract';
import type { ApprovedCorrection } from '../../../shared/domain/review/corrections';
import type { Db } from './database';
import type { ExtractionRepository } from './extraction';

interface CorrectionRow {
  id: number;
  document_id: number;
  target_key: string;
  field: string;
  old_value: string | null;
  new_value: string;
  extracted_value: string | null;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  label: string;
  reason: string;
  status: string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

export interface NewCorrection {
  documentId: number;
  targetKey: string;
  field: CorrectionField;
  oldValue: string | null;
  newValue: string;
  extractedValue: string | null;
  page: number;
  box: { x0: number; y0: number; x1: number; y1: number };
  label: string;
  reason: string;
  proposedBy: string;
}

export interface CorrectionFilter {
  documentId?: number;
  status?: CorrectionStatus;
  targetKey?: string;
  ids?: readonly number[];
}

const toRecord = (r: CorrectionRow, currentExtracted: string | null): CorrectionRecord => ({
  id: r.id,
  documentId: r.document_id,
  targetKey: r.target_key,
  field: r.field as CorrectionField,
  oldValue: r.old_value,
  newValue: r.new_value,
  extractedValue: r.extracted_value,
  page: r.page,
  box: { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 },
  label: r.label,
  reason: r.reason,
  status: r.status as CorrectionStatus,
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionComment: r.decision_comment,
  stale: (r.field === 'value' || r.field === 'text') && currentExtracted !== r.extracted_value,
});

export class CorrectionsRepository {
  constructor(
    private readonly db: Db,
    /** To tell stale corrections: what extraction holds at each key now. */
    private readonly extraction: ExtractionRepository,
  ) {}

  /** What extraction holds at a correction's key now: a cell's text, or a figure's value. */
  private currentExtracted(r: CorrectionRow): string | null {
    const { figure, cell } = this.extraction.atKey(r.document_id, r.target_key);
    if (r.field === 'text') return cell?.extractedText ?? null;
    return figure?.extractedValue ?? cell?.extractedText ?? null;
  }

  list(filter: CorrectionFilter = {}): CorrectionRecord[] {
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    const where = (clause: string, name: string, value: unknown): void => {
      clauses.push(clause);
      params[name] = value;
    };
    if (filter.documentId !== undefined) where('k.document_id = @documentId', 'documentId', filter.documentId);
    if (filter.status) where('k.status = @status', 'status', filter.status);
    if (filter.targetKey) where('k.target_key = @targetKey', 'targetKey', filter.targetKey);
    if (filter.ids) clauses.push(`k.id IN (${filter.ids.map(Number).join(',') || 'NULL'})`);
    const condition = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.db.prepare(`SELECT k.* FROM corrections k ${condition} ORDER BY k.id`).all(params) as CorrectionRow[];
    return rows.map((r) => toRecord(r, this.currentExtracted(r)));
  }

  get(id: number): CorrectionRecord | undefined {
    return this.list({ ids: [id] })[0];
  }

  insert(c: NewCorrection): CorrectionRecord {
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO corrections (document_id, target_key, field, old_value, new_value, extracted_value, page, x0, y0, x1, y1, label, reason, status, proposed_by, proposed_at)
           VALUES (@documentId, @targetKey, @field, @oldValue, @newValue, @extractedValue, @page, @x0, @y0, @x1, @y1, @label, @reason, 'pending', @proposedBy, @proposedAt)`,
        )
        .run({ ...c, ...c.box, proposedAt: new Date().toISOString() }).lastInsertRowid,
    );
    return this.get(id)!;
  }

  decide(id: number, status: Exclude<CorrectionStatus, 'pending'>, by: string, comment: string | null): CorrectionRecord {
    this.db
      .prepare("UPDATE corrections SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ? AND status = 'pending'")
      .run(status, by, new Date().toISOString(), comment, id);
    return this.get(id)!;
  }

  /** The approved corrections of a filing, oldest decision first (the last one wins). */
  approved(documentId: number): ApprovedCorrection[] {
    return this.db
      .prepare("SELECT target_key AS targetKey, field, new_value AS newValue FROM corrections WHERE document_id = ? AND status = 'approved' ORDER BY decided_at, id")
      .all(documentId) as ApprovedCorrection[];
  }

  pendingFor(documentId: number, targetKey: string, field: CorrectionField): CorrectionRecord | undefined {
    const row = this.db.prepare("SELECT id FROM corrections WHERE document_id = ? AND target_key = ? AND field = ? AND status = 'pending'").get(documentId, targetKey, field) as
      | { id: number }
      | undefined;
    return row && this.get(row.id);
  }

  pendingCount(documentId: number): number {
    return (this.db.prepare("SELECT count(*) AS n FROM corrections WHERE document_id = ? AND status = 'pending'").get(documentId) as { n: number }).n;
  }
}
