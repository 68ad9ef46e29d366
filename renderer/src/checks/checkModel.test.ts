import { describe, expect, it } from 'vitest';
import type { CheckResultRecord, FigureRecord, TableKind } from '../../../shared/api/contract';
import { errorPosition, figureStatuses, filterResults, insertAt, sortResults, toTemplate, type CheckStatus } from './checkModel';

function result(id: number, status: CheckStatus, figureIds: number[], family: CheckResultRecord['family'] = 'footing'): CheckResultRecord {
  return {
    id,
    documentId: 1,
    key: `k${id}`,
    family,
    rule: 'r',
    description: { zh: '描述', en: 'description' },
    figureIds,
    expected: '1',
    actual: '1',
    difference: '0',
    tolerance: null,
    status,
    reason: null,
    checkedAt: '2025-01-01T00:00:00.000Z',
  };
}

function figure(id: number, tableId: number | null, canonical: string | null, metric: string): FigureRecord {
  return {
    id,
    key: `p1/s${id}`,
    reviewed: false,
    extractedValue: '1',
    documentId: 1,
    source: tableId === null ? 'text' : 'table',
    tableId,
    cellId: null,
    cellRow: null,
    cellCol: null,
    page: 1,
    box: { x0: 0, y0: 0, x1: 1, y1: 1 },
    metric,
    canonical,
    rowPath: [],
    columnPath: [],
    periodKind: null,
    periodLabel: null,
    periodStart: null,
    periodEnd: null,
    value: '1',
    unit: null,
    scale: null,
    precision: 0,
    percent: false,
    percentagePoints: false,
    direction: null,
    spanStart: null,
    spanEnd: null,
    context: null,
  };
}

describe('check results', () => {
  it('list failures first, then cannot-evaluate, rounding, ties; stable within a status', () => {
    const sorted = sortResults([result(1, 'pass', []), result(2, 'fail', []), result(3, 'rounding', []), result(4, 'cannot_evaluate', []), result(5, 'fail', [])]);
    expect(sorted.map((r) => r.id)).toEqual([2, 5, 4, 3, 1]);
  });

  it('filter by status, family and figure', () => {
    const all = [result(1, 'pass', [1, 2]), result(2, 'fail', [3], 'custom'), result(3, 'pass', [3])];
    expect(filterResults(all, { statuses: new Set(['pass']), family: 'all', figureId: null }).map((r) => r.id)).toEqual([1, 3]);
    expect(filterResults(all, { statuses: new Set(['pass', 'fail']), family: 'custom', figureId: null }).map((r) => r.id)).toEqual([2]);
    expect(filterResults(all, { statuses: new Set(['pass', 'fail']), family: 'all', figureId: 3 }).map((r) => r.id)).toEqual([2, 3]);
  });

  it('give each figure the worst status that read it, ignoring cannot-evaluate', () => {
    const statuses = figureStatuses([result(1, 'pass', [1, 2]), result(2, 'rounding', [2]), result(3, 'fail', [1]), result(4, 'cannot_evaluate', [5])]);
    expect(Object.fromEntries(statuses)).toEqual({ 1: 'fail', 2: 'rounding' });
  });
});

describe('custom formulas', () => {
  it('insert a reference at the cursor, spaced', () => {
    expect(insertAt('#1 =', 4, '#2')).toEqual({ text: '#1 = #2', cursor: 7 });
    expect(insertAt('', 0, '#2')).toEqual({ text: '#2', cursor: 2 });
    expect(insertAt('= #3', 0, '#2')).toEqual({ text: '#2 = #3', cursor: 3 });
  });

  it('turn figure ids into table-kind references, or name the figure that cannot be', () => {
    const figures = new Map([
      [1, figure(1, 7, '资产总计', '资产合计')],
      [2, figure(2, 7, null, '负债合计')],
      [3, figure(3, null, null, '预计金额')],
    ]);
    const kinds = new Map<number, TableKind>([[7, 'balance_sheet']]);
    expect(toTemplate('#1 = #2', figures, kinds)).toEqual({ ok: true, formula: '{balance_sheet:资产总计} = {balance_sheet:负债合计}', tableKind: 'balance_sheet' });
    expect(toTemplate('#1 = #3', figures, kinds)).toEqual({ ok: false, figureId: 3 });
  });

  it('read the position of a formula error', () => {
    expect(errorPosition({ code: 'INVALID_INPUT', details: { position: 4 } })).toBe(4);
    expect(errorPosition(new Error('x'))).toBeNull();
  });
});
