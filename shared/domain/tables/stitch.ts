/**
 * Tables continued on the next page become one table: a table that ends the content
 * of page N and one that starts the content of page N+1, with compatible columns,
 * are joined; the continuation's repeated header rows are dropped. Cells keep their
 * own page and box.
 */
import type { Box, GridCell, GridTable, PageGeometry } from '../extraction/types';
import { joinLine, readingLines } from './cell-text';
import { centreY } from './geometry';
import { findFurniture, type FurnitureTest } from './furniture';
import { detectHeaderRows } from './headers';

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

/** x of each grid line of `table` as its cells on `page` show it (NaN for lines no cell there starts or ends on). */
function gridLineXs(table: GridTable, page: number): number[] {
  const xs = Array<number>(table.colCount + 1).fill(Number.NaN);
  for (const c of table.cells) {
    if (c.page !== page) continue;
    xs[c.col] = c.box.x0;
    xs[c.col + c.colSpan] = c.box.x1;
  }
  return xs;
}

/**
 * The continuation's grid lines as grid lines of the first part, after aligning the
 * left edges (mirrored page margins shift tables): null unless every line has a match.
 * A continuation may have fewer lines (its rows merge cells the first part splits).
 */
function columnMap(first: GridTable, next: GridTable): number[] | null {
  const a = gridLineXs(first, first.pageEnd);
  const b = gridLineXs(next, next.pageStart);
  const shift = a[0]! - b[0]!;
  if (Number.isNaN(shift)) return null;
  const map: number[] = [];
  let previous = -1;
  for (const x of b) {
    if (Number.isNaN(x)) {
      map.push(-1); // no cell uses this line
      continue;
    }
    const i = a.findIndex((ax) => Math.abs(ax - (x + shift)) <= COLUMN_TOLERANCE_PT);
    if (i <= previous) return null;
    map.push(i);
    previous = i;
  }
  return map[map.length - 1] === a.length - 1 ? map : null;
}

function remapColumns(table: GridTable, map: readonly number[], colCount: number): GridTable {
  const cells = table.cells.map((c) => {
    const col = map[c.col]!;
    return { ...c, col, colSpan: map[c.col + c.colSpan]! - col };
  });
  return { ...table, colCount, cells };
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

/** The continuation in the first part's columns, or null when the two are not one table. */
function asContinuation(first: GridTable, next: GridTable, gap: Gap): GridTable | null {
  const map = columnMap(first, next);
  if (map) return remapColumns(next, map, first.colCount);
  // Columns moved (a different page layout): a "续表" caption or the same header still tie them.
  if (first.colCount !== next.colCount) return null;
  return gap.captioned || repeatedHeaderRows(first, next) > 0 ? next : null;
}

function join(first: GridTable, next: GridTable): GridTable {
  const dropped = repeatedHeaderRows(first, next);
  const offset = first.rowCount - dropped;
  const moved: GridCell[] = next.cells.filter((c) => c.row >= dropped).map((c) => ({ ...c, row: c.row + offset }));
  const joined: GridTable = {
    ...first,
    pageEnd: next.pageEnd,
    regions: [...first.regions, ...next.regions],
    rowCount: first.rowCount + next.rowCount - dropped,
    ruled: first.ruled && next.ruled,
    cells: [...first.cells, ...moved],
  };
  // A first part holding only the header could not tell its header from a body; the whole can.
  joined.headerRows = Math.max(first.headerRows, dropped, first.rowCount < 2 ? detectHeaderRows(joined) : 0);
  return joined;
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
        const continuation = gap.clear ? asContinuation(open, table, gap) : null;
        if (continuation) {
          current = join(open, continuation);
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

