/** AG Grid column definitions for an extracted table: groups from the header tree, pinned row labels. */
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { CellRecord } from '../../../shared/api/contract';
import { useWorkspace } from '../state/workspace';
import { cellAt, type BodyRow, type GridModel, type HeaderNode } from './gridModel';
import { GridCell } from './GridCell';

export type TableColumn = ColDef<BodyRow> | ColGroupDef<BodyRow>;

export const colId = (col: number) => `c${col}`;
export const colOf = (id: string) => Number(id.slice(1));

const CHAR_WIDTH = 7;
const MIN_WIDTH = 56;
const MAX_WIDTH = 300;
/** Pinned columns stay narrow enough to leave room for the numbers (long labels show in full on hover). */
const MAX_PINNED_WIDTH = [200, 90];

/** A width from the longest text in the column (CJK counts double): cheap, and no measuring pass. */
function widthOf(model: GridModel, col: number, label: string): number {
  const units = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  let longest = units(label);
  for (const row of model.rows) longest = Math.max(longest, units(row.cells[col]?.text ?? ''));
  const max = col < model.labelColumns ? (MAX_PINNED_WIDTH[col] ?? MAX_WIDTH) : MAX_WIDTH;
  return Math.min(max, Math.max(MIN_WIDTH, longest * CHAR_WIDTH + 20));
}

/** Read at class-evaluation time; the grid refreshes the affected rows when the selection moves. */
function isSelected(tableId: number, data: BodyRow | undefined, col: number): boolean {
  const selection = useWorkspace.getState().selection;
  if (!data || selection?.tableId !== tableId || selection.cellId === null) return false;
  return cellAt(data, col)?.id === selection.cellId;
}

const isNumber = (cell: CellRecord | undefined) => cell?.valueKind === 'number';

export function buildColumns(model: GridModel, tableId: number, columnLabel: (col: number) => string): TableColumn[] {
  const leaf = (col: number, label: string): ColDef<BodyRow> => {
    const numeric = model.numericColumns.has(col);
    const headerName = label || columnLabel(col);
    return {
      colId: colId(col),
      headerName,
      headerTooltip: headerName,
      pinned: col < model.labelColumns ? 'left' : undefined,
      width: widthOf(model, col, headerName),
      valueGetter: ({ data }) => data?.cells[col]?.text ?? '',
      cellRenderer: GridCell,
      cellRendererParams: { col, tableId },
      headerClass: numeric ? 'grid-header-numeric' : undefined,
      cellClassRules: {
        'grid-number': ({ data }) => isNumber(data?.cells[col]),
        'grid-covered': ({ data }) => data !== undefined && !data.cells[col] && data.covered[col] !== undefined,
        'grid-cell-selected': ({ data }) => isSelected(tableId, data, col),
      },
      sortable: false,
      suppressMovable: true,
      resizable: true,
    };
  };
  const toColumn = (node: HeaderNode): TableColumn =>
    node.kind === 'leaf'
      ? leaf(node.col, node.label)
      : {
          groupId: node.key,
          headerName: node.label,
          headerTooltip: node.label,
          marryChildren: true,
          children: node.children.map(toColumn),
        };
  return model.header.map(toColumn);
}
