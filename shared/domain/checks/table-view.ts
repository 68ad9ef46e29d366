/**
 * A table as checks read it: rows with their label, canonical name and "其中" flag, and
 * for each column the figure printed there, an empty marker ("-", 不适用: read as zero by
 * statement identities), or nothing.
 */
import type { FigureRecord } from '../../api/contract';
import { canonicalMetric } from '../metrics';
import { valueChildren } from './footing';
import type { CheckTable } from './types';

export type Slot = { kind: 'figure'; figure: FigureRecord } | { kind: 'empty' };

export interface ViewRow {
  row: number;
  label: string;
  canonical: string | null;
  child: boolean;
  /** A component of the line above it, as the values show (按组合计提 / 其中： / 账龄组合). */
  component: boolean;
  slots: Map<number, Slot>;
}

export interface TableView {
  table: CheckTable;
  rows: ViewRow[];
  /** Columns that hold figures, left to right. */
  valueColumns: number[];
  /** A column's header path, as the figures in it carry it. */
  columnHeader: Map<number, string[]>;
  figureAt(row: number, col: number): FigureRecord | undefined;
}

function isChildPath(rowPath: readonly string[]): boolean {
  return rowPath.length >= 2 && !/[:：]$/u.test(rowPath[rowPath.length - 2]!.trim());
}

/**
 * `readComponents`: whether to work out which lines are components of another from their
 * values (footing and share sums need it; consistency does not, and a re-check skips the cost).
 */
export function tableView(table: CheckTable, figures: readonly FigureRecord[], readComponents = true): TableView {
  const own = figures.filter((f) => f.tableId === table.id && f.cellRow !== null && f.cellCol !== null);
  const rows = new Map<number, ViewRow>();
  for (const cell of table.cells) {
    if (cell.isHeader || rows.has(cell.row) || cell.valueKind !== 'text') continue;
    // Rows printed with "-" only have no figures, yet identities must find them (as nil).
    rows.set(cell.row, { row: cell.row, label: cell.text.trim(), canonical: canonicalMetric(cell.text), child: false, component: false, slots: new Map() });
  }
  const valueColumns = new Set<number>();
  const columnHeader = new Map<number, string[]>();
  const byPosition = new Map<string, FigureRecord>();
  for (const figure of own) {
    const row = rows.get(figure.cellRow!) ?? { row: figure.cellRow!, label: figure.metric, canonical: null, child: false, component: false, slots: new Map<number, Slot>() };
    row.label = figure.metric;
    row.canonical ??= figure.canonical;
    row.child ||= isChildPath(figure.rowPath);
    row.slots.set(figure.cellCol!, { kind: 'figure', figure });
    rows.set(row.row, row);
    valueColumns.add(figure.cellCol!);
    if (!columnHeader.has(figure.cellCol!)) columnHeader.set(figure.cellCol!, figure.columnPath);
    byPosition.set(`${figure.cellRow}:${figure.cellCol}`, figure);
  }
  for (const cell of table.cells) {
    if (cell.valueKind !== 'empty' || !valueColumns.has(cell.col)) continue;
    rows.get(cell.row)?.slots.set(cell.col, { kind: 'empty' });
  }
  const ordered = [...rows.values()].sort((a, b) => a.row - b.row);
  const columns = [...valueColumns].sort((a, b) => a - b);
  const components = !readComponents ? new Set<number>() : valueChildren(
    ordered.map((r) => ({
      row: r.row,
      label: r.label,
      child: r.child,
      values: new Map([...r.slots].flatMap(([col, slot]) => (slot.kind === 'figure' && !slot.figure.percent ? [[col, { value: slot.figure.value, precision: slot.figure.precision }] as const] : []))),
    })),
    columns,
  );
  for (const row of ordered) row.component = components.has(row.row);
  return {
    table,
    rows: ordered,
    valueColumns: [...valueColumns].sort((a, b) => a - b),
    columnHeader,
    figureAt: (row, col) => byPosition.get(`${row}:${col}`),
  };
}
