/**
 * An extracted table as a grid: header rows become a tree of column groups (a header
 * cell spanning columns is a group over them; one spanning down to the last header row
 * is a leaf), body rows become row objects, and leading columns without numbers (row
 * labels, note references) are the ones to pin. Merged body cells show their text at
 * their top-left position; the positions they cover point back at them.
 */
import type { CellRecord } from '../../../shared/api/contract';

export type HeaderLeaf = { kind: 'leaf'; col: number; label: string };
export type HeaderGroup = { kind: 'group'; key: string; label: string; children: HeaderNode[] };
export type HeaderNode = HeaderLeaf | HeaderGroup;

export type BodyRow = {
  /** The table row number (header rows included), stable across reloads. */
  row: number;
  /** The cell shown at each column; absent where the table has nothing. */
  cells: Record<number, CellRecord>;
  /** Positions covered by a merged cell from another position, pointing at its owner. */
  covered: Record<number, CellRecord>;
};

export type GridModel = {
  header: HeaderNode[];
  rows: BodyRow[];
  colCount: number;
  /** How many leading columns are row labels (pinned). */
  labelColumns: number;
  /** Where each cell id shows: its row index in `rows` and its column. */
  positions: ReadonlyMap<number, { rowIndex: number; col: number }>;
  /** Columns with at least one number in the body (right-aligned). */
  numericColumns: ReadonlySet<number>;
};

/** At most this many columns are pinned, and never all of them. */
const MAX_LABEL_COLUMNS = 2;
/**
 * A leading column is a label column while under this share of its filled cells are
 * numbers: a notes column ("七、1") stays pinned even if one total was printed into it.
 */
const LABEL_NUMBER_SHARE = 0.25;

type Label = { key: string; text: string; bottom: boolean };

function headerLabels(cells: readonly CellRecord[], headerRows: number, colCount: number): Label[][] {
  const labels: Label[][] = Array.from({ length: headerRows }, (_, row) =>
    Array.from({ length: colCount }, (_, col) => ({ key: `empty:${row}:${col}`, text: '', bottom: row === headerRows - 1 })),
  );
  for (const cell of cells) {
    if (cell.row >= headerRows) continue;
    const lastRow = Math.min(headerRows, cell.row + Math.max(1, cell.rowSpan)) - 1;
    const label = { key: `cell:${cell.id}`, text: cell.text.trim(), bottom: lastRow === headerRows - 1 };
    for (let row = cell.row; row <= lastRow; row++) {
      for (let col = cell.col; col < Math.min(colCount, cell.col + Math.max(1, cell.colSpan)); col++) {
        const rowLabels = labels[row];
        if (rowLabels) rowLabels[col] = label;
      }
    }
  }
  return labels;
}

function buildLevel(labels: Label[][], cols: number[], row: number): HeaderNode[] {
  const nodes: HeaderNode[] = [];
  let index = 0;
  while (index < cols.length) {
    const first = cols[index] ?? 0;
    const label = labels[row]?.[first];
    let end = index + 1;
    // Columns under one spanning cell stay together (an empty label never spans).
    while (label && !label.key.startsWith('empty:') && end < cols.length && labels[row]?.[cols[end] ?? -1]?.key === label.key) end++;
    const run = cols.slice(index, end);
    index = end;
    const text = label?.text ?? '';
    if (!label || label.bottom) {
      nodes.push(
        ...(run.length === 1
          ? [{ kind: 'leaf' as const, col: first, label: text }]
          : [{ kind: 'group' as const, key: label?.key ?? `run:${first}`, label: text, children: run.map((col) => ({ kind: 'leaf' as const, col, label: '' })) }]),
      );
      continue;
    }
    // Skip the rows this label spans down to.
    let below = row + 1;
    while (below < labels.length && labels[below]?.[first]?.key === label.key) below++;
    const children = buildLevel(labels, run, below);
    if (text === '') nodes.push(...children);
    else if (children.length === 1 && children[0]?.kind === 'leaf' && children[0].label === '') {
      nodes.push({ kind: 'leaf', col: first, label: text });
    } else nodes.push({ kind: 'group', key: label.key, label: text, children });
  }
  return nodes;
}

export function buildHeader(cells: readonly CellRecord[], headerRows: number, colCount: number): HeaderNode[] {
  const cols = Array.from({ length: colCount }, (_, col) => col);
  if (headerRows <= 0) return cols.map((col) => ({ kind: 'leaf', col, label: '' }));
  return buildLevel(headerLabels(cells, headerRows, colCount), cols, 0);
}

export function buildGridModel(
  cells: readonly CellRecord[],
  shape: { headerRows: number; rowCount: number; colCount: number },
): GridModel {
  const colCount = cells.reduce((most, cell) => Math.max(most, cell.col + Math.max(1, cell.colSpan)), shape.colCount);
  const rowCount = cells.reduce((most, cell) => Math.max(most, cell.row + 1), shape.rowCount);
  const headerRows = Math.min(shape.headerRows, rowCount);
  const rows: BodyRow[] = [];
  for (let row = headerRows; row < rowCount; row++) rows.push({ row, cells: {}, covered: {} });
  const positions = new Map<number, { rowIndex: number; col: number }>();
  const numericColumns = new Set<number>();
  const filled = new Map<number, { cells: number; numbers: number }>();

  for (const cell of cells) {
    if (cell.row < headerRows) continue;
    const rowIndex = cell.row - headerRows;
    const target = rows[rowIndex];
    if (!target) continue;
    target.cells[cell.col] = cell;
    positions.set(cell.id, { rowIndex, col: cell.col });
    if (cell.valueKind === 'number') numericColumns.add(cell.col);
    if (cell.valueKind !== 'empty') {
      const count = filled.get(cell.col) ?? { cells: 0, numbers: 0 };
      count.cells++;
      if (cell.valueKind === 'number') count.numbers++;
      filled.set(cell.col, count);
    }
    for (let row = cell.row; row < cell.row + Math.max(1, cell.rowSpan); row++) {
      for (let col = cell.col; col < cell.col + Math.max(1, cell.colSpan); col++) {
        if (row === cell.row && col === cell.col) continue;
        const covered = rows[row - headerRows];
        if (covered) covered.covered[col] = cell;
      }
    }
  }

  const isLabelColumn = (col: number) => {
    const count = filled.get(col);
    return !count || count.numbers < count.cells * LABEL_NUMBER_SHARE;
  };
  let labelColumns = 0;
  while (labelColumns < Math.min(MAX_LABEL_COLUMNS, colCount - 1) && isLabelColumn(labelColumns)) labelColumns++;

  return {
    header: buildHeader(cells, headerRows, colCount),
    rows,
    colCount,
    labelColumns,
    positions,
    numericColumns,
  };
}

/** The cell a grid position stands for: its own, or the merged cell covering it. */
export function cellAt(row: BodyRow, col: number): CellRecord | null {
  return row.cells[col] ?? row.covered[col] ?? null;
}
