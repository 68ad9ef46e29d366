/** A stored table's figures arranged as the rows footing reads: label, child or not, value per column. */
import type { CellRecord, FigureRecord } from '../../api/contract';
import type { FootingRow } from './footing';

/** A row path names a parent only for a child line; a section heading ends with a colon. */
function isChild(rowPath: readonly string[]): boolean {
  if (rowPath.length < 2) return false;
  return !/[:：]$/u.test(rowPath[rowPath.length - 2]!.trim());
}

/**
 * Body rows in order, each with its label (the figures' metric, or the first text cell
 * for rows without figures, such as section headings) and its non-percent values.
 */
export function footingRows(cells: readonly CellRecord[], figures: readonly FigureRecord[], headerRows: number): FootingRow[] {
  const rows = new Map<number, FootingRow>();
  for (const cell of cells) {
    if (cell.row < headerRows || rows.has(cell.row) || cell.valueKind !== 'text') continue;
    rows.set(cell.row, { row: cell.row, label: cell.text.trim(), child: false, values: new Map() });
  }
  for (const figure of figures) {
    if (figure.cellRow === null || figure.cellCol === null || figure.percent || figure.percentagePoints) continue;
    const row = rows.get(figure.cellRow) ?? { row: figure.cellRow, label: figure.metric, child: false, values: new Map() };
    row.label = figure.metric;
    row.child ||= isChild(figure.rowPath);
    row.values.set(figure.cellCol, { value: figure.value, precision: figure.precision });
    rows.set(figure.cellRow, row);
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}
