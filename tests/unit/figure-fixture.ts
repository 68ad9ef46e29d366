/** A figure record with every field empty, for check tests to fill in what they are about. */
import type { FigureRecord } from '../../shared/api/contract';

export function blankFigure(overrides: Partial<FigureRecord> = {}): Omit<FigureRecord, 'id' | 'value' | 'precision' | 'metric' | 'key' | 'reviewed' | 'extractedValue'> {
  return {
    documentId: 1,
    source: 'table',
    tableId: null,
    cellId: null,
    cellRow: null,
    cellCol: null,
    page: 1,
    box: { x0: 0, y0: 0, x1: 0, y1: 0 },
    canonical: null,
    rowPath: [],
    columnPath: [],
    periodKind: null,
    periodLabel: null,
    periodStart: null,
    periodEnd: null,
    unit: null,
    scale: null,
    percent: false,
    percentagePoints: false,
    direction: null,
    spanStart: null,
    spanEnd: null,
    context: null,
    ...overrides,
  };
}

/** A figure record from its extracted fields: keyed by its cell (or page and offset), not reviewed. */
export function figureRecord(fields: Omit<FigureRecord, 'key' | 'reviewed' | 'extractedValue'>): FigureRecord {
  const key = fields.cellRow !== null && fields.cellCol !== null ? `t${fields.tableId ?? 0}/r${fields.cellRow}/c${fields.cellCol}` : `p${fields.page}/s${fields.spanStart ?? 0}`;
  return { ...fields, key, reviewed: false, extractedValue: fields.value };
}
