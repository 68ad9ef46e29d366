/**
 * Maps extracted cells back to ground-truth cells. Extraction of a ruled table usually
 * keeps the grid, but a repeated header on a continuation page, a split or a stitched
 * table shifts rows; so rows are aligned by their texts (a weighted LCS), and within an
 * aligned row a cell keeps its column when the texts agree, else takes the column of the
 * same text.
 */
import { normalizeText } from '../../shared/domain/text-lines';

export type Rows = readonly (readonly string[])[];

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface ExtractedCell {
  readonly tableId: number;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export function normaliseCellText(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
}

export function cellKey(tableId: number, row: number, col: number): string {
  return `${tableId}:${row}:${col}`;
}

/** Shared non-empty texts of two rows, as a share of the longer one (0..1). */
function rowSimilarity(a: readonly string[], b: readonly string[]): number {
  const remaining = new Map<string, number>();
  for (const text of a) if (text !== '') remaining.set(text, (remaining.get(text) ?? 0) + 1);
  let shared = 0;
  for (const text of b) {
    const left = remaining.get(text) ?? 0;
    if (text === '' || left === 0) continue;
    shared += 1;
    remaining.set(text, left - 1);
  }
  const size = Math.max(a.filter((t) => t !== '').length, b.filter((t) => t !== '').length);
  return size === 0 ? 0 : shared / size;
}

const MIN_ROW_SIMILARITY = 0.5;

/** Pairs (extracted row index, truth row index) maximising total similarity, in order. */
export function alignRows(extracted: Rows, truth: Rows): [number, number][] {
  const n = extracted.length;
  const m = truth.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const sim = (i: number, j: number): number => rowSimilarity(extracted[i] ?? [], truth[j] ?? []);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const s = sim(i, j);
      const take = s >= MIN_ROW_SIMILARITY ? s + score[i + 1]![j + 1]! : -1;
      score[i]![j] = Math.max(take, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim(i, j);
    if (s >= MIN_ROW_SIMILARITY && score[i]![j] === s + score[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (score[i]![j] === score[i + 1]![j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

function normaliseRows(rows: Rows): string[][] {
  return rows.map((row) => row.map(normaliseCellText));
}

/** Extracted cells of one table as rows of normalised texts, with their source row numbers. */
function extractedGrid(cells: readonly ExtractedCell[]): { rowNumbers: number[]; rows: string[][]; byRow: Map<number, ExtractedCell[]> } {
  const byRow = new Map<number, ExtractedCell[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);
  const rows = rowNumbers.map((r) => [...(byRow.get(r) ?? [])].sort((a, b) => a.col - b.col).map((c) => normaliseCellText(c.text)));
  return { rowNumbers, rows, byRow };
}

function columnFor(cell: ExtractedCell, truthRow: readonly string[], used: Set<number>): number | null {
  const text = normaliseCellText(cell.text);
  if (text === '') return truthRow[cell.col] === '' ? cell.col : null;
  if (truthRow[cell.col] === text) return cell.col;
  const found = truthRow.findIndex((t, c) => t === text && !used.has(c));
  return found >= 0 ? found : null;
}

/**
 * Truth position of every extracted cell that could be placed, keyed by cellKey. The
 * tables are aligned together, in order, against one truth table: a rendered table that
 * came out as two extracted tables still maps.
 */
export function alignCells(truthRows: Rows, cells: readonly ExtractedCell[]): Map<string, CellPos> {
  const tableIds = [...new Set(cells.map((c) => c.tableId))].sort((a, b) => a - b);
  const grids = tableIds.map((id) => ({ id, ...extractedGrid(cells.filter((c) => c.tableId === id)) }));
  const flatRows = grids.flatMap((g) => g.rows);
  const flatRefs = grids.flatMap((g) => g.rowNumbers.map((row) => ({ tableId: g.id, row, cells: g.byRow.get(row) ?? [] })));
  const truth = normaliseRows(truthRows);
  const placed = new Map<string, CellPos>();
  for (const [i, j] of alignRows(flatRows, truth)) {
    const ref = flatRefs[i];
    const truthRow = truth[j];
    if (!ref || !truthRow) continue;
    const used = new Set<number>();
    for (const cell of ref.cells) {
      const col = columnFor(cell, truthRow, used);
      if (col === null) continue;
      used.add(col);
      placed.set(cellKey(cell.tableId, cell.row, cell.col), { row: j, col });
    }
  }
  return placed;
}

/** Shared non-empty texts between an extracted table and a truth table, to pick its source in a full filing. */
export function tableOverlap(cells: readonly ExtractedCell[], truthRows: Rows): number {
  const truth = new Map<string, number>();
  for (const text of truthRows.flat().map(normaliseCellText)) if (text !== '') truth.set(text, (truth.get(text) ?? 0) + 1);
  let shared = 0;
  for (const cell of cells) {
    const text = normaliseCellText(cell.text);
    const left = truth.get(text) ?? 0;
    if (text === '' || left === 0) continue;
    shared += 1;
    truth.set(text, left - 1);
  }
  return shared;
}
