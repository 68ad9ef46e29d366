import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../state/workspace';
import type { BodyRow } from './gridModel';

type Props = CustomCellRendererProps<BodyRow, string> & { col: number; tableId: number };

/** A table cell as printed; a number's tooltip gives the parsed value and its precision. */
export function GridCell({ data, col, tableId }: Props) {
  const { t } = useTranslation();
  const cell = data?.cells[col];
  const cellId = cell?.id ?? null;
  const selected = useWorkspace(
    (state) => cellId !== null && state.selection?.tableId === tableId && state.selection.cellId === cellId,
  );
  if (!cell) return null;
  const title =
    cell.valueKind === 'number'
      ? t('tables.cellValue', { value: cell.value ?? '', precision: cell.precision ?? 0, page: cell.page })
      : cell.text;
  return (
    <span
      className="grid-cell-text"
      data-cell-id={cell.id}
      data-testid={selected ? 'grid-selected-cell' : undefined}
      title={title}
    >
      {cell.text}
    </span>
  );
}
