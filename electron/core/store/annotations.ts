/** The annotations repository: comments anchored in PDF space, with tags, status and replies. */
import type { AnnotationAnchor, AnnotationRecord } from '../../../shared/api/contract';
import type { Db } from './database';

interface AnnotationRow {
  id: number;
  document_id: number;
  anchor_kind: string;
  page: number;
  rects: string;
  quote: string | null;
  target_key: string | null;
  comment: string;
  tags: string;
  status: string;
  author: string;
  created_at: string;
  updated_at: string;
}

export interface AnnotationFilter {
  status?: 'open' | 'resolved';
  tag?: string;
  author?: string;
  targetKey?: string;
}

export class AnnotationsRepository {
  constructor(private readonly db: Db) {}

  private toRecord(r: AnnotationRow): AnnotationRecord {
    const replies = this.db
      .prepare('SELECT id, author, body, created_at FROM annotation_replies WHERE annotation_id = ? ORDER BY id')
      .all(r.id) as { id: number; author: string; body: string; created_at: string }[];
    return {
      id: r.id,
      documentId: r.document_id,
      anchor: {
        kind: r.anchor_kind as AnnotationAnchor['kind'],
        page: r.page,
        rects: JSON.parse(r.rects) as AnnotationAnchor['rects'],
        quote: r.quote,
        targetKey: r.target_key,
      },
      comment: r.comment,
      tags: JSON.parse(r.tags) as string[],
      status: r.status as AnnotationRecord['status'],
      author: r.author,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      replies: replies.map((x) => ({ id: x.id, author: x.author, body: x.body, createdAt: x.created_at })),
    };
  }

  get(id: number): AnnotationRecord | undefined {
    const row = this.db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
    return row && this.toRecord(row);
  }

  list(documentId: number, filter: AnnotationFilter = {}): AnnotationRecord[] {
    const clauses = ['document_id = @documentId'];
    if (filter.status) clauses.push('status = @status');
    if (filter.author) clauses.push('author = @author');
    if (filter.targetKey) clauses.push('target_key = @targetKey');
    if (filter.tag) clauses.push('EXISTS (SELECT 1 FROM json_each(tags) WHERE value = @tag)');
    const rows = this.db.prepare(`SELECT * FROM annotations WHERE ${clauses.join(' AND ')} ORDER BY page, id`).all({ documentId, ...filter }) as AnnotationRow[];
    return rows.map((r) => this.toRecord(r));
  }

  insert(documentId: number, anchor: AnnotationAnchor, comment: string, tags: readonly string[], author: string): AnnotationRecord {
    const now = new Date().toISOString();
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO annotations (document_id, anchor_kind, page, rects, quote, target_key, comment, tags, status, author, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
        )
        .run(documentId, anchor.kind, anchor.page, JSON.stringify(anchor.rects), anchor.quote ?? null, anchor.targetKey ?? null, comment, JSON.stringify([...new Set(tags)]), author, now, now)
        .lastInsertRowid,
    );
    return this.get(id)!;
  }

  update(id: number, change: { comment?: string; tags?: readonly string[]; status?: 'open' | 'resolved' }): AnnotationRecord {
    this.db
      .prepare('UPDATE annotations SET comment = coalesce(@comment, comment), tags = coalesce(@tags, tags), status = coalesce(@status, status), updated_at = @now WHERE id = @id')
      .run({ id, comment: change.comment ?? null, tags: change.tags ? JSON.stringify([...new Set(change.tags)]) : null, status: change.status ?? null, now: new Date().toISOString() });
    return this.get(id)!;
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
  }

  reply(id: number, author: string, body: string): AnnotationRecord {
    const now = new Date().toISOString();
    this.db.prepare('INSERT INTO annotation_replies (annotation_id, author, body, created_at) VALUES (?, ?, ?, ?)').run(id, author, body, now);
    this.db.prepare('UPDATE annotations SET updated_at = ? WHERE id = ?').run(now, id);
    return this.get(id)!;
  }
}
