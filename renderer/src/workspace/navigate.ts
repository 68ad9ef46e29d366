/** Keyboard moves through the data: next/previous table, next/previous figure (or number cell). */
import type { CellRecord } from '../../../shared/api/contract';
import { useFigures } from '../state/figures';
import { useFiling } from '../state/filing';
import { useTableData } from '../state/tableData';
import { useTables } from '../state/tables';
import { useWorkspace } from '../state/workspace';
import { selectCell, selectFigure } from './linking';

/** The index `delta` steps from `current` in a list of `length`, or where to start when nothing is current. */
export function stepIndex(current: number, length: number, delta: 1 | -1): number | null {
  if (length === 0) return null;
  if (current < 0) return delta > 0 ? 0 : length - 1;
  const next = current + delta;
  return next >= 0 && next < length ? next : null;
}

export function stepTable(delta: 1 | -1): void {
  const { tables, selectedId, select } = useTables.getState();
  let index = tables.findIndex((table) => table.id === selectedId);
  if (index < 0) {
    // Nothing chosen yet: start from the table at (or after / before) the page being read.
    const page = useFiling.getState().page;
    const at = delta > 0 ? tables.findIndex((table) => table.pageEnd >= page) : tables.findLastIndex((table) => table.pageStart <= page);
    index = at < 0 ? -1 : at - delta;
  }
  const next = stepIndex(index, tables.length, delta);
  const table = next === null ? undefined : tables[next];
  if (!table) return;
  useWorkspace.getState().setTab('tables');
  select(table.id);
  useFiling.getState().goToPage(table.pageStart);
}

/** Number cells of the shown table, row by row. */
function numberCells(): { tableId: number; cells: CellRecord[] } | null {
  const tableId = useTables.getState().selectedId;
  const entry = tableId === null ? undefined : useTableData.getState().byId[tableId];
  if (tableId === null || entry?.status !== 'ready') return null;
  const cells = entry.data.cells
    .filter((cell) => cell.valueKind === 'number' && !cell.isHeader)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { tableId, cells };
}

/** In the Tables tab, steps through the shown table's numbers; elsewhere through the figure list as shown. */
export function stepFigure(delta: 1 | -1): void {
  const { tab, selection, figureOrder } = useWorkspace.getState();
  if (tab === 'tables') {
    const shown = numberCells();
    if (!shown) return;
    const current = selection?.tableId === shown.tableId ? shown.cells.findIndex((cell) => cell.id === selection.cellId) : -1;
    const next = stepIndex(current, shown.cells.length, delta);
    const cell = next === null ? undefined : shown.cells[next];
    if (cell) selectCell(shown.tableId, cell, 'keyboard');
    return;
  }
  const { figures, byId } = useFigures.getState();
  const order = figureOrder ?? figures.map((figure) => figure.id);
  const current = selection?.figureId == null ? -1 : order.indexOf(selection.figureId);
  const next = stepIndex(current, order.length, delta);
  const figure = next === null ? undefined : byId.get(order[next] ?? -1);
  if (figure) selectFigure(figure, 'keyboard');
}
