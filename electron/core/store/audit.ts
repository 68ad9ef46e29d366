/**
 * The audit trail: append-only rows chained by SHA-256. Each row's hash covers its own
 * fields and the previous row's hash, so editing, inserting or deleting any row breaks the
 * chain at that row. Appends run inside the caller's transaction, with the change itself.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../../shared/api/contract';
import type { Db } from './database';

export const GENESIS_HASH = '0'.repeat(64);
/** The migration that created the audit trail. */
export const AUDIT_SCHEMA_VERSION = 4;

export interface AuditEvent {
  actor: string;
  action: string;
  entity: 'user' | 'annotation' | 'reply' | 'correction' | 'filing' | 'session' | 'store';
  entityId?: string | number | null;
  documentId?: number | null;
  targetKey?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  document_id: number | null;
  target_key: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** The hash of a row as stored: a fixed-order JSON array of every field but the hash itself. */
export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  const fields = [row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.document_id, row.target_key, row.old_value, row.new_value, row.reason, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export interface AuditFilter {
  documentId?: number;
  targetKey?: string;
  entity?: string;
  limit?: number;
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Append one event; call inside the transaction that makes the change. */
  append(event: AuditEvent): void {
    const last = this.db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    const row: Omit<AuditRow, 'hash'> = {
      id: (last?.id ?? 0) + 1,
      at: new Date().toISOString(),
      actor: event.actor,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      document_id: event.documentId ?? null,
      target_key: event.targetKey ?? null,
      old_value: json(event.oldValue),
      new_value: json(event.newValue),
      reason: event.reason ?? null,
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    this.db
      .prepare(
        `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, document_id, target_key, old_value, new_value, reason, prev_hash, hash)
         VALUES (@id, @at, @actor, @action, @entity, @entity_id, @document_id, @target_key, @old_value, @new_value, @reason, @prev_hash, @hash)`,
      )
      .run({ ...row, hash: auditRowHash(row) });
  }

  list(filter: AuditFilter = {}): AuditEntry[] {
    const clauses: string[] = [];
    if (filter.documentId !== undefined) clauses.push('document_id = @documentId');
    if (filter.targetKey !== undefined) clauses.push('target_key = @targetKey');
    if (filter.entity !== undefined) clauses.push('entity = @entity');
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit`)
      .all({ ...filter, limit: filter.limit ?? 1000 }) as AuditRow[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      documentId: r.document_id,
      targetKey: r.target_key,
      oldValue: r.old_value === null ? null : (JSON.parse(r.old_value) as unknown),
      newValue: r.new_value === null ? null : (JSON.parse(r.new_value) as unknown),
      reason: r.reason,
      hash: r.hash,
    }));
  }

  /** Walk the chain from the first row; name the first row whose link or hash is wrong. */
  verify(): AuditVerification {
    let previous = GENESIS_HASH;
    let expectedId = 1;
    let rows = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
      rows++;
      const broken = (problem: string): AuditVerification => ({ ok: false, rows, firstBroken: { id: row.id, problem }, head: null });
      if (row.id !== expectedId) return broken(`row ${expectedId} is missing (the next row is ${row.id})`);
      if (row.prev_hash !== previous) return broken('its link to the row before does not match (a row before it was removed or replaced)');
      const { hash, ...fields } = row;
      if (auditRowHash(fields) !== hash) return broken('its contents do not match its hash (the row was edited)');
      previous = hash;
      expectedId++;
    }
    return { ok: true, rows, firstBroken: null, head: rows > 0 ? previous : null };
  }
}
