/**
 * One extracted table in AG Grid: row labels pinned left, multi-row headers as column
 * groups, numbers right-aligned as printed. Focusing a cell (click or arrow keys)
 * selects it, which highlights it in the PDF; a selection made elsewhere (a click in
 * the PDF, j/k) is shown here and scrolled into view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellClickedEvent, CellContextMenuEvent, CellFocusedEvent, GridApi, GridReadyEvent } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { LoadedTable } from '../state/tableData';
import { useWorkspace } from '../state/workspace';
import { gridTheme } from '../grid/agGrid';
import { selectCell } from '../workspace/linking';
import { ReviewMenu, type ReviewMenuState } from '../workspace/ReviewMenu';
import { cellReviewTarget } from '../workspace/reviewTargets';
import { buildColumns, colId, colOf } from './columns';
import { buildGridModel, cellAt, type BodyRow } from './gridModel';

const rowId = ({ data }: { data: BodyRow }) => String(data.row);

export function TableGrid({ loaded }: { loaded: LoadedTable }) {
  const { t } = useTranslation();
  const { table, cells } = loaded;
  const apiRef = useRef<GridApi<BodyRow> | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const selection = useWorkspace((state) => state.selection);
  const selectedCellId = selection?.tableId === table.id ? selection.cellId : null;
  const model = useMemo(() => buildGridModel(cells, table), [cells, table]);
  const columns = useMemo(
    () => buildColumns(model, table.id, (col) => t('tables.column', { number: col + 1 })),
    [model, table.id, t],
  );
  // The cell last shown selected, whose row must be refreshed when the selection moves on.
  const shownCellId = useRef<number | null>(null);

  const selectAt = useCallback(
    (rowIndex: number | null | undefined, column: string | null, again: boolean) => {
      if (rowIndex === null || rowIndex === undefined || column === null) return;
      const row = model.rows[rowIndex];
      const cell = row ? cellAt(row, colOf(column)) : null;
      if (cell) selectCell(table.id, cell, 'grid', again);
    },
    [model, table.id],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<BodyRow>) => {
      if (event.rowPinned) return;
      const column = typeof event.column === 'string' ? event.column : (event.column?.getColId() ?? null);
      selectAt(event.rowIndex, column, false);
    },
    [selectAt],
  );
  // Right-click: select the cell and offer to annotate or correct it.
  const [menu, setMenu] = useState<ReviewMenuState | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const onCellContextMenu = useCallback(
    (event: CellContextMenuEvent<BodyRow>) => {
      const row = event.rowIndex === null ? undefined : model.rows[event.rowIndex];
      const cell = row ? cellAt(row, colOf(event.column.getColId())) : null;
      const mouse = event.event instanceof MouseEvent ? event.event : null;
      if (!cell || !mouse) return;
      selectCell(table.id, cell, 'grid', true);
      setMenu({ x: mouse.clientX, y: mouse.clientY, target: cellReviewTarget(cell) });
    },
    [model, table.id],
  );
  const onCellClicked = useCallback(
    // A click on the selected cell turns the PDF back to it.
    (event: CellClickedEvent<BodyRow>) => selectAt(event.rowIndex, event.column.getColId(), true),
    [selectAt],
  );

  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const previous = shownCellId.current;
    shownCellId.current = selectedCellId;
    const rowsOf = (cellId: number | null) => {
      const position = cellId === null ? undefined : model.positions.get(cellId);
      const node = position && api.getDisplayedRowAtIndex(position.rowIndex);
      return node ? [node] : [];
    };
    api.refreshCells({ rowNodes: [...rowsOf(previous), ...rowsOf(selectedCellId)], force: true });
    const position = selectedCellId === null ? undefined : model.positions.get(selectedCellId);
    if (!position || selection?.origin === 'grid') return;
    api.ensureIndexVisible(position.rowIndex, 'middle');
    api.ensureColumnVisible(colId(position.col), 'auto');
    // Move the grid's own focus along only when it has focus: never pull focus out of the PDF.
    if (hostRef.current?.contains(document.activeElement)) api.setFocusedCell(position.rowIndex, colId(position.col));
  }, [selectedCellId, selection, model]);

  const onGridReady = useCallback(
    (event: GridReadyEvent<BodyRow>) => {
      apiRef.current = event.api;
      const selection = useWorkspace.getState().selection;
      const cellId = selection?.tableId === table.id ? selection.cellId : null;
      shownCellId.current = cellId;
      const position = cellId === null ? undefined : model.positions.get(cellId);
      if (position) {
        event.api.ensureIndexVisible(position.rowIndex, 'middle');
        event.api.ensureColumnVisible(colId(position.col), 'auto');
      }
    },
    [model, table.id],
  );

  return (
    <div
      ref={hostRef}
      className="table-grid"
      data-testid="table-grid"
      data-table-id={table.id}
      data-selected-cell-id={selectedCellId ?? ''}
    >
      <AgGridReact<BodyRow>
        theme={gridTheme}
        rowData={model.rows}
        columnDefs={columns}
        getRowId={rowId}
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onCellClicked={onCellClicked}
        onCellContextMenu={onCellContextMenu}
        preventDefaultOnContextMenu
        suppressCellFocus={false}
        enableBrowserTooltips
        groupHeaderHeight={26}
        animateRows={false}
        suppressColumnVirtualisation={model.colCount <= 24}
        rowBuffer={20}
      />
      {menu && <ReviewMenu menu={menu} onClose={closeMenu} />}
    </div>
  );
}
