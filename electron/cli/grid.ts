/** A stored table printed as a terminal grid: title, pages and unit above; parsed values in the cells. */
import type { CellRecord, TableSummary } from '../../shared/api/contract';
import { renderTable } from './format';

/** Long narrative cells would push the figures off the screen; --json has the full text. */
const MAX_TEXT_CHARS = 24;

/** What a cell shows: its exact parsed value for numbers, "—" for an empty marker, its text otherwise. */
function cellDisplay(cell: CellRecord): string {
  if (cell.valueKind === 'number' && cell.value !== null) return cell.value;
  if (cell.valueKind === 'empty') return '—';
  const text = [...cell.text.replace(/\s+/g, ' ')];
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1).join('')}…` : text.join('');
}

export function renderGrid(table: TableSummary, cells: readonly CellRecord[]): string {
  const grid: string[][] = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const cell of cells) {
    const row = grid[cell.row];
    if (row && cell.col < row.length) row[cell.col] = cellDisplay(cell);
  }
  const numericColumns = [...new Set(cells.filter((c) => c.valueKind === 'number' && !c.isHeader).map((c) => c.col))];
  const headerCount = Math.max(1, Math.min(table.headerRows, grid.length));
  const headers = Array.from({ length: table.colCount }, (_, col) =>
    grid
      .slice(0, headerCount)
      .map((row) => row[col] ?? '')
      .filter((text, i, all) => text !== '' && text !== all[i - 1])
      .join(' / '),
  );
  const pages = table.pageStart === table.pageEnd ? `p. ${table.pageStart}` : `pp. ${table.pageStart}–${table.pageEnd}`;
  const unit = table.unit ? `unit: ${table.unit}${table.currency ? ` (${table.currency})` : ''}` : 'unit: —';
  const heading = `#${table.seq + 1} ${table.title ?? '(untitled)'}  [${table.kind.replace(/_/g, ' ')}; ${pages}; ${unit}; ${table.rowCount}×${table.colCount}]`;
  return `${heading}\n${renderTable(headers, grid.slice(headerCount), numericColumns)}`;
}
