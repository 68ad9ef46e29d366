import type { TFunction } from 'i18next';
import type { FigureRecord, TableSummary } from '../../../shared/api/contract';
import { formatDecimal } from './formatValue';

/** A figure's value as a reviewer reads it: grouped digits, %, percentage points, up/down. */
export function figureValueText(t: TFunction, figure: FigureRecord): string {
  const number = formatDecimal(figure.value);
  const value = figure.percentagePoints
    ? t('figures.percentagePoints', { value: number })
    : figure.percent
      ? `${number}%`
      : number;
  return figure.direction ? t(`figures.direction.${figure.direction}`, { value }) : value;
}

export function figurePeriodText(figure: FigureRecord): string {
  return figure.periodLabel ?? (figure.periodEnd ? figure.periodEnd : '');
}

/** Where a figure was read: its table's title, or "text" for numbers in running prose. */
export function figureSourceText(t: TFunction, figure: FigureRecord, tables: ReadonlyMap<number, TableSummary>): string {
  if (figure.source === 'text' || figure.tableId === null) return t('figures.sourceText');
  return tables.get(figure.tableId)?.title ?? t('tables.untitled');
}
