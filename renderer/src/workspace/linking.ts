/**
 * The links between the PDF and the data: what a figure or a cell is as a selection,
 * which tab shows it, and what lies under a point of the PDF. Reads the stores, so the
 * grid, the figure list, the keyboard and the PDF pane all select the same way.
 */
import type { CellRecord, FigureRecord } from '../../../shared/api/contract';
import type { SelectionTarget } from '../state/docMemory';
import type { NumberTip } from '../state/hover';
import { useFigures } from '../state/figures';
import { useTableData } from '../state/tableData';
import { useTables } from '../state/tables';
import { useWorkspace, type SelectionOrigin } from '../state/workspace';
import { itemAt } from '../viewer/hitTest';

export function figureTarget(figure: FigureRecord): SelectionTarget {
  return { tableId: figure.tableId, cellId: figure.cellId, figureId: figure.id, page: figure.page, box: figure.box };
}

export function cellTarget(tableId: number, cell: CellRecord): SelectionTarget {
  const figure = useFigures.getState().byCell.get(cell.id);
  return { tableId, cellId: cell.id, figureId: figure?.id ?? null, page: cell.page, box: cell.box };
}

/**
 * Selects a figure. A table figure is also its cell: it shows in its table unless the
 * Figures tab is the one open; a text figure can only show in the Figures tab.
 */
export function selectFigure(figure: FigureRecord, origin: SelectionOrigin, again = false): void {
  const workspace = useWorkspace.getState();
  if (figure.tableId === null || figure.cellId === null) {
    if (workspace.tab !== 'figures') workspace.setTab('figures');
  } else if (workspace.tab !== 'figures') {
    if (workspace.tab !== 'tables') workspace.setTab('tables');
    useTables.getState().select(figure.tableId);
  }
  workspace.select(figureTarget(figure), origin, again);
}

export function selectCell(tableId: number, cell: CellRecord, origin: SelectionOrigin, again = false): void {
  useWorkspace.getState().select(cellTarget(tableId, cell), origin, again);
}

/** The cells of the table shown in the Tables tab, if loaded. */
function shownTableCells(): { tableId: number; cells: CellRecord[] } | null {
  const tableId = useTables.getState().selectedId;
  const entry = tableId === null ? undefined : useTableData.getState().byId[tableId];
  return tableId !== null && entry?.status === 'ready' ? { tableId, cells: entry.data.cells } : null;
}

type Hit = { kind: 'figure'; figure: FigureRecord } | { kind: 'cell'; tableId: number; cell: CellRecord };

/**
 * What lies at a point of a page: a cell of the table shown in the Tables tab (any
 * cell, text or number), else any figure on that page.
 */
export function hitAt(page: number, x: number, y: number, numbersOnly = false): Hit | null {
  if (useWorkspace.getState().tab === 'tables') {
    const shown = shownTableCells();
    if (shown) {
      const candidates = shown.cells.filter(
        (cell) => cell.page === page && !cell.isHeader && (!numbersOnly || cell.valueKind === 'number'),
      );
      const cell = itemAt(candidates, x, y);
      if (cell) return { kind: 'cell', tableId: shown.tableId, cell };
    }
  }
  const figure = itemAt(useFigures.getState().byPage.get(page) ?? [], x, y);
  return figure ? { kind: 'figure', figure } : null;
}

export function selectHit(hit: Hit, origin: SelectionOrigin): void {
  if (hit.kind === 'cell') {
    const figure = useFigures.getState().byCell.get(hit.cell.id);
    if (figure && useWorkspace.getState().tab === 'figures') selectFigure(figure, origin);
    else selectCell(hit.tableId, hit.cell, origin);
  } else {
    selectFigure(hit.figure, origin);
  }
}

/** The tooltip's content for a hit: parsed value, unit, scale, precision. */
export function tipFor(hit: Hit, x: number, y: number): NumberTip | null {
  if (hit.kind === 'figure') {
    const { figure } = hit;
    return {
      x,
      y,
      label: figure.metric,
      printed: null,
      value: figure.value,
      unit: figure.unit,
      scale: figure.scale,
      precision: figure.precision,
      percent: figure.percent,
    };
  }
  const { cell, tableId } = hit;
  if (cell.valueKind !== 'number') return null;
  const figure = useFigures.getState().byCell.get(cell.id);
  const table = useTables.getState().tables.find((candidate) => candidate.id === tableId);
  return {
    x,
    y,
    label: figure?.metric ?? '',
    printed: cell.text,
    value: cell.value,
    unit: figure?.unit ?? table?.unit ?? null,
    scale: figure?.scale ?? table?.scale ?? null,
    precision: cell.precision,
    percent: figure?.percent ?? false,
  };
}
