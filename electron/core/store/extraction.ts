/**
 * The extraction repository: pages (with the full-text index), tables, cells and
 * figures. A filing's extracted data is replaced whole, in one transaction, so a
 * crash or a cancelled run never leaves half of one extraction beside another.
 */
import type { CellRecord, FigureRecord, PageInfo, SearchHit, TableKind, TableSummary } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/contract';
import type { ExtractionResult, FigureDraft } from '../../../shared/domain/extraction/result';
import { cellTargetKey, parseTargetKey, textTargetKey } from '../../../shared/domain/review/target-key';
import type { Db } from './database';

interface TableRow {
  id: number;
  document_id: number;
  seq: number;
  page_start: number;
  page_end: number;
  title: string | null;
  kind: string;
  unit: string | null;
  scale: string | null;
  currency: string | null;
  row_count: number;
  col_count: number;
  header_rows: number;
  ruled: number;
  regions: string;
}

interface CellRow {
  id: number;
  row: number;
  col: number;
  row_span: number;
  col_span: number;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
  is_header: number;
  value_kind: string;
  value: string | null;
  precision: number | null;
  table_id: number;
  table_seq: number;
}

interface FigureRow {
  id: number;
  document_id: number;
  source: string;
  table_id: number | null;
  cell_id: number | null;
  cell_row: number | null;
  cell_col: number | null;
  table_seq: number | null;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  metric: string;
  canonical: string | null;
  row_path: string;
  column_path: string;
  period_kind: string | null;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  value: string;
  unit: string | null;
  scale: string | null;
  precision: number;
  percent: number;
  percentage_points: number;
  direction: string | null;
  span_start: number | null;
  span_end: number | null;
  context: string | null;
}

export interface FigureFilter {
  canonical?: string;
  tableId?: number;
  source?: 'table' | 'text';
}

const toTable = (r: TableRow): TableSummary => ({
  id: r.id,
  documentId: r.document_id,
  seq: r.seq,
  pageStart: r.page_start,
  pageEnd: r.page_end,
  title: r.title,
  kind: r.kind as TableKind,
  unit: r.unit,
  scale: r.scale,
  currency: r.currency,
  rowCount: r.row_count,
  colCount: r.col_count,
  headerRows: r.header_rows,
  ruled: r.ruled === 1,
  regions: JSON.parse(r.regions) as TableSummary['regions'],
});

const toCell = (r: CellRow): CellRecord => ({
  id: r.id,
  key: cellTargetKey(r.table_seq, r.row, r.col),
  reviewed: false,
  extractedText: r.text,
  row: r.row,
  col: r.col,
  rowSpan: r.row_span,
  colSpan: r.col_span,
  page: r.page,
  box: { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 },
  text: r.text,
  isHeader: r.is_header === 1,
  valueKind: r.value_kind as CellRecord['valueKind'],
  value: r.value,
  precision: r.precision,
});

const figureKey = (r: FigureRow): string =>
  r.table_seq !== null && r.cell_row !== null && r.cell_col !== null ? cellTargetKey(r.table_seq, r.cell_row, r.cell_col) : textTargetKey(r.page, r.span_start ?? 0);

const toFigure = (r: FigureRow): FigureRecord => ({
  id: r.id,
  key: figureKey(r),
  reviewed: false,
  extractedValue: r.value,
  documentId: r.document_id,
  source: r.source as FigureRecord['source'],
  tableId: r.table_id,
  cellId: r.cell_id,
  cellRow: r.cell_row,
  cellCol: r.cell_col,
  page: r.page,
  box: { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 },
  metric: r.metric,
  canonical: r.canonical,
  rowPath: JSON.parse(r.row_path) as string[],
  columnPath: JSON.parse(r.column_path) as string[],
  periodKind: r.period_kind,
  periodLabel: r.period_label,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  value: r.value,
  unit: r.unit,
  scale: r.scale,
  precision: r.precision,
  percent: r.percent === 1,
  percentagePoints: r.percentage_points === 1,
  direction: r.direction as FigureRecord['direction'],
  spanStart: r.span_start,
  spanEnd: r.span_end,
  context: r.context,
});

const SELECT_FIGURES = `SELECT f.*, c.row AS cell_row, c.col AS cell_col, t.seq AS table_seq FROM figures f
  LEFT JOIN cells c ON c.id = f.cell_id LEFT JOIN extracted_tables t ON t.id = f.table_id`;

/** An FTS5 query matching the text literally: trigram tokens, quoted so operators are plain text. */
function literalFtsQuery(query: string): string {
  return `"${query.replace(/"/g, '""')}"`;
}

export class ExtractionRepository {
  constructor(private readonly db: Db) {}

  /** Replace everything extracted for a filing with `result`, in one transaction. */
  replace(documentId: number, result: ExtractionResult): { tables: number; cells: number; figures: number } {
    const db = this.db;
    const insertPage = db.prepare(
      'INSERT INTO pages (document_id, page, width, height, has_text_layer, image_coverage, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTable = db.prepare(
      `INSERT INTO extracted_tables (document_id, seq, page_start, page_end, title, kind, unit, scale, currency, row_count, col_count, header_rows, ruled, regions)
       VALUES (@documentId, @seq, @pageStart, @pageEnd, @title, @kind, @unit, @scale, @currency, @rowCount, @colCount, @headerRows, @ruled, @regions)`,
    );
    // Positional parameters: binding by name from a spread object cost four times as much per row.
    const insertCell = db.prepare(
      `INSERT INTO cells (table_id, row, col, row_span, col_span, page, x0, y0, x1, y1, text, is_header, value_kind, value, precision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFigure = db.prepare(
      `INSERT INTO figures (document_id, source, table_id, cell_id, page, x0, y0, x1, y1, metric, canonical, row_path, column_path,
         period_kind, period_label, period_start, period_end, value, unit, scale, precision, percent, percentage_points, direction, span_start, span_end, context)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const writeFigure = (f: FigureDraft, tableId: number | null, cellId: number | null): void => {
      const { x0, y0, x1, y1 } = f.box;
      insertFigure.run(
        documentId, f.source, tableId, cellId, f.page, x0, y0, x1, y1, f.metric, f.canonical, JSON.stringify(f.rowPath), JSON.stringify(f.columnPath),
        f.periodKind, f.periodLabel, f.periodStart, f.periodEnd, f.value, f.unit, f.scale, f.precision, f.percent ? 1 : 0, f.percentagePoints ? 1 : 0,
        f.direction, f.spanStart, f.spanEnd, f.context,
      );
    };

    let cellCount = 0;
    let figureCount = 0;
    db.transaction(() => {
      this.clear(documentId);
      for (const page of result.pages) {
        insertPage.run(documentId, page.page, page.width, page.height, page.hasTextLayer ? 1 : 0, page.imageCoverage, page.text);
      }
      for (const table of result.tables) {
        const tableId = Number(
          insertTable.run({ ...table, documentId, ruled: table.ruled ? 1 : 0, regions: JSON.stringify(table.regions) }).lastInsertRowid,
        );
        const cellIds = new Map<string, number>();
        for (const cell of table.cells) {
          const { x0, y0, x1, y1 } = cell.box;
          const id = Number(
            insertCell.run(tableId, cell.row, cell.col, cell.rowSpan, cell.colSpan, cell.page, x0, y0, x1, y1, cell.text, cell.isHeader ? 1 : 0, cell.valueKind, cell.value, cell.precision)
              .lastInsertRowid,
          );
          cellIds.set(`${cell.row}:${cell.col}`, id);
          cellCount++;
        }
        for (const figure of table.figures) {
          writeFigure(figure, tableId, figure.cell ? (cellIds.get(`${figure.cell.row}:${figure.cell.col}`) ?? null) : null);
          figureCount++;
        }
      }
      for (const figure of result.textFigures) {
        writeFigure(figure, null, null);
        figureCount++;
      }
    })();
    return { tables: result.tables.length, cells: cellCount, figures: figureCount };
  }

  clear(documentId: number): void {
    // Results read the figures being replaced: they go too, and the checks run again.
    this.db.prepare('DELETE FROM check_results WHERE document_id = ?').run(documentId);
    this.db.prepare('DELETE FROM figures WHERE document_id = ?').run(documentId);
    this.db.prepare('DELETE FROM extracted_tables WHERE document_id = ?').run(documentId);
    this.db.prepare('DELETE FROM pages WHERE document_id = ?').run(documentId);
  }

  counts(documentId: number): { tables: number; cells: number; figures: number } {
    const one = (sql: string): number => (this.db.prepare(sql).get(documentId) as { n: number }).n;
    return {
      tables: one('SELECT count(*) AS n FROM extracted_tables WHERE document_id = ?'),
      cells: one('SELECT count(*) AS n FROM cells JOIN extracted_tables t ON t.id = cells.table_id WHERE t.document_id = ?'),
      figures: one('SELECT count(*) AS n FROM figures WHERE document_id = ?'),
    };
  }

  pages(documentId: number): PageInfo[] {
    const rows = this.db
      .prepare('SELECT page, width, height, has_text_layer, image_coverage FROM pages WHERE document_id = ? ORDER BY page')
      .all(documentId) as { page: number; width: number; height: number; has_text_layer: number; image_coverage: number }[];
    return rows.map((r) => ({ page: r.page, width: r.width, height: r.height, hasTextLayer: r.has_text_layer === 1, imageCoverage: r.image_coverage }));
  }

  /** The whole filing's text, page after page: what policy checks read approvals from. */
  documentText(documentId: number): string {
    const rows = this.db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY page').all(documentId) as { text: string }[];
    return rows.map((r) => r.text).join('\n');
  }

  tables(documentId: number): TableSummary[] {
    return (this.db.prepare('SELECT * FROM extracted_tables WHERE document_id = ? ORDER BY seq').all(documentId) as TableRow[]).map(toTable);
  }

  table(tableId: number): { table: TableSummary; cells: CellRecord[] } {
    const row = this.db.prepare('SELECT * FROM extracted_tables WHERE id = ?').get(tableId) as TableRow | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `no table with id ${tableId}`);
    const cells = this.db.prepare('SELECT *, ? AS table_seq FROM cells WHERE table_id = ? ORDER BY row, col').all(row.seq, tableId) as CellRow[];
    return { table: toTable(row), cells: cells.map(toCell) };
  }

  figures(documentId: number, filter: FigureFilter = {}): FigureRecord[] {
    const clauses = ['f.document_id = @documentId'];
    if (filter.canonical !== undefined) clauses.push('f.canonical = @canonical');
    if (filter.tableId !== undefined) clauses.push('f.table_id = @tableId');
    if (filter.source !== undefined) clauses.push('f.source = @source');
    const rows = this.db
      .prepare(
        `${SELECT_FIGURES} WHERE ${clauses.join(' AND ')} ORDER BY f.page, f.y0, f.x0, f.id`,
      )
      .all({ documentId, ...filter }) as FigureRow[];
    return rows.map(toFigure);
  }

  /** The figure and/or cell a stable key names now, if extraction still has one there. */
  atKey(documentId: number, key: string): { figure: FigureRecord | null; cell: CellRecord | null; tableId: number | null } {
    const parsed = parseTargetKey(key);
    if (!parsed) return { figure: null, cell: null, tableId: null };
    if (parsed.kind === 'text') {
      const row = this.db
        .prepare(`${SELECT_FIGURES} WHERE f.document_id = ? AND f.source = 'text' AND f.page = ? AND f.span_start = ? LIMIT 1`)
        .get(documentId, parsed.page, parsed.spanStart) as FigureRow | undefined;
      return { figure: row ? toFigure(row) : null, cell: null, tableId: null };
    }
    const cell = this.db
      .prepare('SELECT c.*, t.seq AS table_seq FROM cells c JOIN extracted_tables t ON t.id = c.table_id WHERE t.document_id = ? AND t.seq = ? AND c.row = ? AND c.col = ?')
      .get(documentId, parsed.tableSeq, parsed.row, parsed.col) as CellRow | undefined;
    if (!cell) return { figure: null, cell: null, tableId: null };
    const figure = this.db.prepare(`${SELECT_FIGURES} WHERE f.cell_id = ? LIMIT 1`).get(cell.id) as FigureRow | undefined;
    return { figure: figure ? toFigure(figure) : null, cell: toCell(cell), tableId: cell.table_id };
  }

  /**
   * Full-text search over every filing's pages. Trigrams need three characters; a
   * shorter query (two-character Chinese words are common) falls back to a scan.
   */
  search(query: string, limit = 50): SearchHit[] {
    const needle = query.trim();
    const rows = ([...needle].length >= 3
      ? this.db
          .prepare(
            `SELECT p.document_id, p.page, p.text FROM pages_fts f JOIN pages p ON p.id = f.rowid
             WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?`,
          )
          .all(literalFtsQuery(needle), limit)
      : this.db
          .prepare("SELECT document_id, page, text FROM pages WHERE instr(text, ?) > 0 ORDER BY document_id, page LIMIT ?")
          .all(needle, limit)) as { document_id: number; page: number; text: string }[];
    return rows.map((r) => ({ documentId: r.document_id, page: r.page, snippet: snippetAround(r.text, needle) }));
  }
}

function snippetAround(text: string, needle: string, radius = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.indexOf(needle);
  if (at < 0) return flat.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + needle.length + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, at)}«${needle}»${flat.slice(at + needle.length, end)}${end < flat.length ? '…' : ''}`;
}
