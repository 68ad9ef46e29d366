/**
 * Tables continued on the next page become one table: a table that ends the content
 * of page N and one that starts the content of page N+1, with compatible columns,
 * are joined; the continuation's repeated header rows are dropped. Cells keep their
 * own page and box.
 */
import type { Box, GridCell, GridTable, PageGeometry } from '../extraction/types';
import { joinLine, readingLines } from './cell-text';
import { centreY, clusterValues } from './geometry';
import { findFurniture, type FurnitureTest } from './furniture';

/** Column boundaries of two parts match when each pair is this close. */
const COLUMN_TOLERANCE_PT = 3;
/** "续表", "（续）", "合并资产负债表（续）": a caption announcing a continuation. */
const CONTINUATION_CAPTION = /续表|[(（]\s*续\s*[)）]|^续[:：]?$/u;
const UNIT_CAPTION = /^单位[:：]/u;
const MAX_CAPTION_CHARS = 40;
const MAX_REPEATED_HEADER_ROWS = 4;

interface Gap {
  /** Nothing but furniture (or continuation captions) separates the two parts. */
  clear: boolean;
  /** A "续表" caption sits above the continuation. */
  captioned: boolean;
}

function lastBox(table: GridTable): Box {
  return table.regions[table.regions.length - 1]!.box;
}

/** Content below the table on its last page, apart from furniture. */
function endsPage(table: GridTable, page: PageGeometry, furniture: FurnitureTest): boolean {
  const bottom = lastBox(table).y1;
  return !page.runs.some((r) => centreY(r.box) > bottom + 1 && !furniture(r));
}

/** Content above the table on its first page, apart from furniture and continuation/unit captions. */
function startsPage(table: GridTable, page: PageGeometry, furniture: FurnitureTest): Gap {
  const top = table.regions[0]!.box.y0;
  const above = page.runs.filter((r) => centreY(r.box) < top - 1 && !furniture(r));
  let captioned = false;
  for (const line of readingLines(above)) {
    const text = joinLine(line).trim();
    const caption = [...text].length <= MAX_CAPTION_CHARS && CONTINUATION_CAPTION.test(text);
    if (caption) captioned = true;
    else if (!UNIT_CAPTION.test(text)) return { clear: false, captioned };
  }
  return { clear: true, captioned };
}

function columnEdges(table: GridTable, page: number): number[] {
  const edges: number[] = [];
  for (const c of table.cells) if (c.page === page) edges.push(c.box.x0, c.box.x1);
  return clusterValues(edges, 1);
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= COLUMN_TOLERANCE_PT);
}

/** Texts of the first `count` rows, one string per row (cells joined by column). */
function leadingRowTexts(table: GridTable, count: number): string[] {
  const rows = Array.from({ length: count }, () => Array<string>(table.colCount).fill(''));
  for (const c of table.cells) if (c.row < count) rows[c.row]![c.col] = c.text;
  return rows.map((row) => (row.join('') === '' ? '' : row.join('\u0000')));
}

/** How many leading rows of the continuation repeat the first part's leading rows. */
function repeatedHeaderRows(first: GridTable, next: GridTable): number {
  const limit = Math.max(0, Math.min(MAX_REPEATED_HEADER_ROWS, first.rowCount, next.rowCount - 1));
  const a = leadingRowTexts(first, limit);
  const b = leadingRowTexts(next, limit);
  let k = 0;
  while (k < limit && a[k] !== '' && a[k] === b[k]) k++;
  return k;
}

function compatible(first: GridTable, next: GridTable, gap: Gap): boolean {
  if (first.colCount !== next.colCount) return false;
  if (sameEdges(columnEdges(first, first.pageEnd), columnEdges(next, next.pageStart))) return true;
  // Columns moved (a different page layout): a "续表" caption or the same header still tie them.
  return gap.captioned || repeatedHeaderRows(first, next) > 0;
}

function join(first: GridTable, next: GridTable): GridTable {
  const dropped = repeatedHeaderRows(first, next);
  const offset = first.rowCount - dropped;
  const moved: GridCell[] = next.cells.filter((c) => c.row >= dropped).map((c) => ({ ...c, row: c.row + offset }));
  return {
    ...first,
    pageEnd: next.pageEnd,
    regions: [...first.regions, ...next.regions],
    rowCount: first.rowCount + next.rowCount - dropped,
    headerRows: Math.max(first.headerRows, dropped),
    ruled: first.ruled && next.ruled,
    cells: [...first.cells, ...moved],
  };
}

/**
 * `tablesByPage[i]` holds the tables found on `pages[i]`. Returns all tables in
 * document order with continuations joined.
 */
export function stitchContinuedTables(tablesByPage: readonly GridTable[][], pages: readonly PageGeometry[]): GridTable[] {
  const furniture = findFurniture(pages);
  const pageByNumber = new Map(pages.map((p) => [p.page, p]));
  const out: GridTable[] = [];
  let open: GridTable | null = null; // the last table, while it still ends its page's content
  tablesByPage.forEach((tables, i) => {
    const page = pages[i];
    const ordered = [...tables].sort((a, b) => a.regions[0]!.box.y0 - b.regions[0]!.box.y0);
    ordered.forEach((table, k) => {
      let current = table;
      if (k === 0 && open && page && open.pageEnd + 1 === table.pageStart) {
        const gap = startsPage(table, page, furniture);
        if (gap.clear && compatible(open, table, gap)) {
          current = join(open, table);
          out.pop();
        }
      }
      out.push(current);
      const endPage = pageByNumber.get(current.pageEnd);
      open = k === ordered.length - 1 && endPage && endsPage(current, endPage, furniture) ? current : null;
    });
    if (ordered.length === 0) open = null;
  });
  return out;
}

