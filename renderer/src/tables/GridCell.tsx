import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { CorrectionMarker, useTargetMarker } from '../corrections/CorrectionMarker';
import { figureValueText } from '../figures/figureText';
import { useFigures } from '../state/figures';
import { useWorkspace } from '../state/workspace';
import type { BodyRow } from './gridModel';

type Props = CustomCellRendererProps<BodyRow, string> & { col: number; tableId: number };

/**
 * A table cell as printed; a number's tooltip gives the parsed value and its precision.
 * A corrected cell carries a corner marker and says what changed; a figure whose value a
 * supervisor approved shows the reviewed value in place of the printed one.
 */
export function GridCell({ data, col, tableId }: Props) {
  const { t } = useTranslation();
  const cell = data?.cells[col];
  const cellId = cell?.id ?? null;
  const selected = useWorkspace(
    (state) => cellId !== null && state.selection?.tableId === tableId && state.selection.cellId === cellId,
  );
  const figure = useFigures((state) => (cellId === null ? undefined : state.byCell.get(cellId)));
  const marker = useTargetMarker(cell?.key);
  if (!cell) return null;
  const reviewedFigure = figure?.reviewed && !cell.reviewed ? figure : null;
  const text = reviewedFigure ? figureValueText(t, reviewedFigure) : cell.text;
  const title =
    cell.valueKind === 'number'
      ? t('tables.cellValue', { value: reviewedFigure?.value ?? cell.value ?? '', precision: reviewedFigure?.precision ?? cell.precision ?? 0, page: cell.page })
      : cell.text;
  return (
    <span
      className={`grid-cell-text${marker.state ? ` corrected-${marker.state}` : ''}`}
      data-cell-id={cell.id}
      data-target-key={cell.key}
      data-correction={marker.state ?? undefined}
      data-testid={selected ? 'grid-selected-cell' : undefined}
      title={marker.title ? `${title}\n${marker.title}` : title}
    >
      {text}
      <CorrectionMarker state={marker.state} />
    </span>
  );
}
