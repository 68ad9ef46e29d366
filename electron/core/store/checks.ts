/** The check-results repository: a filing's results replaced whole, with the figures each read. */
import type { CheckResultRecord, CheckSummary } from '../../../shared/api/contract';
import type { CustomCheckDefinition } from '../../../shared/domain/checks/run';
import type { CheckResult, CheckStatus } from '../../../shared/domain/checks/types';
import type { Db } from './database';

interface ResultRow {
  id: number;
  document_id: number;
  key: string;
  family: string;
  rule: string;
  description_zh: string;
  description_en: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  tolerance: string | null;
  status: string;
  reason_zh: string | null;
  reason_en: string | null;
  checked_at: string;
  figure_ids: string | null;
}

export interface ResultFilter {
  status?: CheckStatus;
  family?: string;
}

const toRecord = (r: ResultRow): CheckResultRecord => ({
  id: r.id,
  documentId: r.document_id,
  key: r.key,
  family: r.family as CheckResultRecord['family'],
  rule: r.rule,
  description: { zh: r.description_zh, en: r.description_en },
  figureIds: r.figure_ids ? r.figure_ids.split(',').map(Number) : [],
  expected: r.expected,
  actual: r.actual,
  difference: r.difference,
  tolerance: r.tolerance,
  status: r.status as CheckStatus,
  reason: r.reason_zh !== null && r.reason_en !== null ? { zh: r.reason_zh, en: r.reason_en } : null,
  checkedAt: r.checked_at,
});

const STATUS_ORDER = "CASE status WHEN 'fail' THEN 0 WHEN 'cannot_evaluate' THEN 1 WHEN 'rounding' THEN 2 ELSE 3 END";

export class ChecksRepository {
  constructor(private readonly db: Db) {}

  /** Replace a filing's results (or only those with the given keys) in one transaction. */
  save(documentId: number, results: readonly CheckResult[], checkedAt: string, onlyKeys?: ReadonlySet<string>): void {
    const insert = this.db.prepare(
      `INSERT INTO check_results (document_id, key, family, rule, description_zh, description_en, expected, actual, difference, tolerance, status, reason_zh, reason_en, checked_at)
       VALUES (@documentId, @key, @family, @rule, @descriptionZh, @descriptionEn, @expected, @actual, @difference, @tolerance, @status, @reasonZh, @reasonEn, @checkedAt)`,
    );
    const link = this.db.prepare('INSERT INTO check_result_figures (check_id, position, figure_id) VALUES (?, ?, ?)');
    const removeOne = this.db.prepare('DELETE FROM check_results WHERE document_id = ? AND key = ?');
    this.db.transaction(() => {
      if (onlyKeys) for (const key of onlyKeys) removeOne.run(documentId, key);
      else this.db.prepare('DELETE FROM check_results WHERE document_id = ?').run(documentId);
      for (const r of results) {
        if (onlyKeys && !onlyKeys.has(r.key)) continue;
        const id = Number(
          insert.run({
            documentId,
            key: r.key,
            family: r.family,
            rule: r.rule,
            descriptionZh: r.description.zh,
            descriptionEn: r.description.en,
            expected: r.expected,
            actual: r.actual,
            difference: r.difference,
            tolerance: r.tolerance,
            status: r.status,
            reasonZh: r.reason?.zh ?? null,
            reasonEn: r.reason?.en ?? null,
            checkedAt,
          }).lastInsertRowid,
        );
        r.figureIds.forEach((figureId, position) => link.run(id, position, figureId));
      }
      this.db.prepare('UPDATE documents SET checked_at = ? WHERE id = ?').run(checkedAt, documentId);
    })();
  }

  list(documentId: number, filter: ResultFilter = {}): CheckResultRecord[] {
    const clauses = ['document_id = @documentId'];
    if (filter.status) clauses.push('status = @status');
    if (filter.family) clauses.push('family = @family');
    const rows = this.db
      .prepare(
        `SELECT r.*, (SELECT group_concat(figure_id) FROM (SELECT figure_id FROM check_result_figures WHERE check_id = r.id ORDER BY position)) AS figure_ids
         FROM check_results r WHERE ${clauses.join(' AND ')} ORDER BY ${STATUS_ORDER}, family, key`,
      )
      .all({ documentId, ...filter }) as ResultRow[];
    return rows.map(toRecord);
  }

  summary(documentId: number): CheckSummary {
    const summary: CheckSummary = { pass: 0, rounding: 0, fail: 0, cannot_evaluate: 0 };
    const rows = this.db.prepare('SELECT status, count(*) AS n FROM check_results WHERE document_id = ? GROUP BY status').all(documentId) as { status: CheckStatus; n: number }[];
    for (const row of rows) summary[row.status] = row.n;
    return summary;
  }

  checkedAt(documentId: number): string | null {
    return (this.db.prepare('SELECT checked_at FROM documents WHERE id = ?').get(documentId) as { checked_at: string | null } | undefined)?.checked_at ?? null;
  }

  /** The reviewer formulas saved for a filing, and every template. */
  customChecksFor(documentId: number): CustomCheckDefinition[] {
    const rows = this.db
      .prepare('SELECT id, name, formula, document_id FROM custom_checks WHERE document_id = ? OR document_id IS NULL ORDER BY id')
      .all(documentId) as { id: number; name: string; formula: string; document_id: number | null }[];
    return rows.map((r) => ({ id: r.id, name: r.name, formula: r.formula, template: r.document_id === null }));
  }

  addCustomCheck(check: { documentId: number | null; tableKind: string | null; name: string; formula: string; createdBy: string }): number {
    return Number(
      this.db
        .prepare('INSERT INTO custom_checks (document_id, table_kind, name, formula, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(check.documentId, check.tableKind, check.name, check.formula, check.createdBy, new Date().toISOString()).lastInsertRowid,
    );
  }

  listCustomChecks(documentId: number | null): { id: number; documentId: number | null; tableKind: string | null; name: string; formula: string; createdBy: string; createdAt: string }[] {
    const rows = this.db
      .prepare(
        `SELECT id, document_id, table_kind, name, formula, created_by, created_at FROM custom_checks
         WHERE ${documentId === null ? 'document_id IS NULL' : '(document_id = ? OR document_id IS NULL)'} ORDER BY id`,
      )
      .all(...(documentId === null ? [] : [documentId])) as { id: number; document_id: number | null; table_kind: string | null; name: string; formula: string; created_by: string; created_at: string }[];
    return rows.map((r) => ({ id: r.id, documentId: r.document_id, tableKind: r.table_kind, name: r.name, formula: r.formula, createdBy: r.created_by, createdAt: r.created_at }));
  }

  deleteCustomCheck(id: number): boolean {
    return this.db.prepare('DELETE FROM custom_checks WHERE id = ?').run(id).changes > 0;
  }

  /** Keys of the results that read any of these figures: what a correction must re-run. */
  keysReading(documentId: number, figureIds: readonly number[]): Set<string> {
    if (figureIds.length === 0) return new Set();
    const rows = this.db
      .prepare(
        `SELECT DISTINCT r.key FROM check_results r JOIN check_result_figures f ON f.check_id = r.id
         WHERE r.document_id = ? AND f.figure_id IN (${figureIds.map(() => '?').join(',')})`,
      )
      .all(documentId, ...figureIds) as { key: string }[];
    return new Set(rows.map((r) => r.key));
  }
}
