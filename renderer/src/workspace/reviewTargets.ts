/**
 * Cells and figures as things to review: what a correction or a note is about (its
 * stable key, the figure and the cell behind it), how to name it for people, and the
 * two actions on it — write a note about it, propose a correction of it.
 */
import type { CellRecord, FigureRecord } from '../../../shared/api/contract';
import type { CorrectionTarget } from '../corrections/correctionModel';
import { figurePeriodText } from '../figures/figureText';
import { useAnnotations, type ScreenPoint } from '../state/annotations';
import { useCorrections } from '../state/corrections';
import { useFigures } from '../state/figures';

export function figureReviewTarget(figure: FigureRecord): CorrectionTarget {
  return { key: figure.key, figure, cell: null };
}

/** A table cell, with the figure read from it if any. */
export function cellReviewTarget(cell: CellRecord, figure = useFigures.getState().byCell.get(cell.id) ?? null): CorrectionTarget {
  return { key: cell.key, figure, cell };
}

/** "财务费用 · 本期": the figure's metric and period; a cell without a figure by its text. */
export function describeTarget(target: CorrectionTarget): string {
  const { figure, cell } = target;
  if (figure) return [figure.metric, figurePeriodText(figure)].filter(Boolean).join(' · ');
  return cell?.text.trim() || target.key;
}

function placeOf(target: CorrectionTarget) {
  const { figure, cell } = target;
  return cell ? { page: cell.page, box: cell.box } : { page: figure!.page, box: figure!.box };
}

export function annotateTarget(target: CorrectionTarget, at: ScreenPoint): void {
  const { page, box } = placeOf(target);
  useAnnotations.getState().startDraft({
    anchor: { kind: target.cell ? 'cell' : 'figure', page, rects: [box], targetKey: target.key },
    at,
    label: describeTarget(target),
  });
}

export function correctTarget(target: CorrectionTarget): void {
  useCorrections.getState().openDialog(target);
}
