/**
 * Every figure of the filing in a virtualised grid (thousands of rows stay smooth).
 * Clicking a row selects the figure, which turns the PDF to it; a figure selected
 * elsewhere (a click in the PDF, j/k) is selected and scrolled into view here. The
 * rows' shown order (after search and sort) is published for j/k.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellContextMenuEvent, ColDef, GridApi, GridReadyEvent, ModelUpdatedEvent, RowClickedEvent } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { FigureRecord } from '../../../shared/api/contract';
import { gridTheme } from '../grid/agGrid';
import { useWorkspace } from '../state/workspace';
import { selectFigure } from '../workspace/linking';
import { ReviewMenu, type ReviewMenuState } from '../workspace/ReviewMenu';
import { figureReviewTarget } from '../workspace/reviewTargets';
import { FigureValueCell } from './FigureValueCell';

export type FigureRow = {
  figure: FigureRecord;
  metric: string;
  canonical: string;
  period: string;
  value: string;
  unit: string;
  page: number;
  source: string;
};

const rowId = ({ data }: { data: FigureRow }) => String(data.figure.id);

export function FigureGrid({ rows, quickFilter }: { rows: readonly FigureRow[]; quickFilter: string }) {
  const { t } = useTranslation();
  const apiRef = useRef<GridApi<FigureRow> | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const selection = useWorkspace((state) => state.selection);
  const setFigureOrder = useWorkspace((state) => state.setFigureOrder);
  const selectedId = selection?.figureId ?? null;

  const columns = useMemo<ColDef<FigureRow>[]>(
    () => [
      { field: 'metric', headerName: t('figures.columns.metric'), width: 190, pinned: 'left', tooltipField: 'metric' },
      { field: 'canonical', headerName: t('figures.columns.canonical'), width: 140, tooltipField: 'canonical' },
      { field: 'period', headerName: t('figures.columns.period'), width: 130, tooltipField: 'period' },
      {
        field: 'value',
        headerName: t('figures.columns.value'),
        width: 150,
        cellClass: 'grid-number',
        headerClass: 'grid-header-numeric',
        cellRenderer: FigureValueCell,
      },
      { field: 'unit', headerName: t('figures.columns.unit'), width: 70 },
      { field: 'page', headerName: t('figures.columns.page'), width: 64, cellClass: 'grid-number', headerClass: 'grid-header-numeric' },
      { field: 'source', headerName: t('figures.columns.source'), width: 220, tooltipField: 'source' },
    ],
    [t],
  );
  const defaultColDef = useMemo<ColDef<FigureRow>>(() => ({ sortable: true, resizable: true, suppressMovable: true }), []);

  const publishOrder = useCallback(
    (event: ModelUpdatedEvent<FigureRow>) => {
      const order: number[] = [];
      event.api.forEachNodeAfterFilterAndSort((node) => {
        if (node.data) order.push(node.data.figure.id);
      });
      setFigureOrder(order);
    },
    [setFigureOrder],
  );
  useEffect(() => () => setFigureOrder(null), [setFigureOrder]);

  const showSelected = useCallback((api: GridApi<FigureRow>, id: number | null, scroll: boolean) => {
    const node = id === null ? undefined : api.getRowNode(String(id));
    if (!node) {
      api.deselectAll();
      return;
    }
    node.setSelected(true, true);
    if (scroll) api.ensureNodeVisible(node, 'middle');
  }, []);

  useEffect(() => {
    const api = apiRef.current;
    if (api) showSelected(api, selectedId, selection?.origin !== 'figures');
  }, [selectedId, selection, rows, showSelected]);

  const onGridReady = useCallback(
    (event: GridReadyEvent<FigureRow>) => {
      apiRef.current = event.api;
      showSelected(event.api, useWorkspace.getState().selection?.figureId ?? null, true);
    },
    [showSelected],
  );
  const onRowClicked = useCallback((event: RowClickedEvent<FigureRow>) => {
    if (event.data) selectFigure(event.data.figure, 'figures', true);
  }, []);
  // Right-click: select the figure and offer to annotate or correct it.
  const [menu, setMenu] = useState<ReviewMenuState | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const onCellContextMenu = useCallback((event: CellContextMenuEvent<FigureRow>) => {
    const mouse = event.event instanceof MouseEvent ? event.event : null;
    if (!event.data || !mouse) return;
    selectFigure(event.data.figure, 'figures', true);
    setMenu({ x: mouse.clientX, y: mouse.clientY, target: figureReviewTarget(event.data.figure) });
  }, []);

  return (
    <div ref={hostRef} className="figure-grid" data-testid="figure-grid" data-selected-figure-id={selectedId ?? ''}>
      <AgGridReact<FigureRow>
        theme={gridTheme}
        rowData={rows as FigureRow[]}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={rowId}
        quickFilterText={quickFilter}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onGridReady={onGridReady}
        onRowClicked={onRowClicked}
        onCellContextMenu={onCellContextMenu}
        preventDefaultOnContextMenu
        onModelUpdated={publishOrder}
        enableBrowserTooltips
        animateRows={false}
      />
      {menu && <ReviewMenu menu={menu} onClose={closeMenu} />}
    </div>
  );
}
