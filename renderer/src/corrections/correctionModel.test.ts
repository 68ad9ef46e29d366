import { describe, expect, it } from 'vitest';
import type { CellRecord, CorrectionRecord, FigureRecord } from '../../../shared/api/contract';
import { checkDraft, currentValue, extractedValue, fieldsFor, markersByTarget, markerState, pendingFor } from './correctionModel';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };

function figure(patch: Partial<FigureRecord> = {}): FigureRecord {
  return {
    id: 1, key: 't4/r4/c3', reviewed: false, extractedValue: '378.84', documentId: 1, source: 'table', tableId: 4, cellId: 9,
    cellRow: 4, cellCol: 3, page: 6, box, metric: '财务费用', canonical: '财务费用', rowPath: ['财务费用'], columnPath: ['增减变动'],
    periodKind: 'change', periodLabel: '增减变动', periodStart: null, periodEnd: null, value: '378.84', unit: '%', scale: null,
    precision: 2, percent: true, percentagePoints: false, direction: null, spanStart: null, spanEnd: null, context: null,
    ...patch,
  };
}

function cell(patch: Partial<CellRecord> = {}): CellRecord {
  return {
    id: 9, key: 't4/r4/c3', reviewed: false, extractedText: '378.84%', row: 4, col: 3, rowSpan: 1, colSpan: 1, page: 6, box,
    text: '378.84%', isHeader: false, valueKind: 'number', value: '378.84', precision: 2,
    ...patch,
  };
}

let nextId = 1;
function correction(patch: Partial<CorrectionRecord>): CorrectionRecord {
  return {
    id: nextId++, documentId: 1, targetKey: 't4/r4/c3', field: 'value', oldValue: '378.84', newValue: '379.84', extractedValue: '378.84',
    page: 6, box, label: '财务费用 · 增减变动', reason: '按本期与上期金额计算', status: 'pending', proposedBy: 'rita',
    proposedAt: '2026-11-22T02:00:00.000Z', decidedBy: null, decidedAt: null, decisionComment: null, stale: false,
    ...patch,
  };
}

describe('what can be corrected', () => {
  it('offers a figure its fields, value first, and a cell its text', () => {
    expect(fieldsFor({ key: 'p6/s266', figure: figure({ source: 'text' }), cell: null })).toEqual(['value', 'row', 'column', 'unit', 'period']);
    expect(fieldsFor({ key: 't4/r4/c3', figure: figure(), cell: cell() })).toEqual(['value', 'row', 'column', 'unit', 'period', 'text']);
    expect(fieldsFor({ key: 't4/r0/c0', figure: null, cell: cell({ valueKind: 'text' }) })).toEqual(['text']);
  });

  it('reads the current and the extracted value of each field', () => {
    const target = { key: 't4/r4/c3', figure: figure({ value: '379.84', reviewed: true }), cell: cell() };
    expect(currentValue(target, 'value')).toBe('379.84');
    expect(extractedValue(target, 'value')).toBe('378.84');
    expect(currentValue(target, 'text')).toBe('378.84%');
    expect(currentValue(target, 'row')).toBe('财务费用');
    expect(currentValue(target, 'column')).toBe('增减变动');
    expect(currentValue(target, 'unit')).toBe('%');
    expect(currentValue(target, 'period')).toBe('增减变动');
  });
});

describe('checking what the reviewer typed (by the shared rules)', () => {
  it('normalises a number and refuses what is not one', () => {
    expect(checkDraft('value', ' 1,234.50 ', '1')).toEqual({ ok: true, value: '1234.50' });
    expect(checkDraft('value', '12a', '1')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(checkDraft('value', '   ', '1')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('says when nothing would change', () => {
    expect(checkDraft('value', '378.84', '378.84')).toMatchObject({ ok: false, problem: 'unchanged' });
  });

  it('knows units and periods', () => {
    expect(checkDraft('unit', '万元', '元')).toEqual({ ok: true, value: '万元' });
    expect(checkDraft('unit', '斤', '元')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(checkDraft('period', '上年同期', '本期')).toEqual({ ok: true, value: '上年同期' });
  });
});

describe('grid markers', () => {
  it('marks a target pending while a correction awaits a decision, reviewed once one is approved', () => {
    const approved = correction({ status: 'approved', decidedBy: 'sam', decidedAt: '2026-11-22T03:00:00.000Z' });
    const markers = markersByTarget([
      correction({ targetKey: 'p6/s266' }),
      approved,
      correction({ targetKey: 't1/r1/c1', status: 'rejected' }),
      correction({ targetKey: 't1/r2/c1', status: 'withdrawn' }),
    ]);
    expect(markerState(markers.get('p6/s266'))).toBe('pending');
    expect(markerState(markers.get('t4/r4/c3'))).toBe('reviewed');
    expect(markers.get('t4/r4/c3')?.approved).toEqual([approved]);
    // Rejected and withdrawn corrections change nothing, so they mark nothing.
    expect(markerState(markers.get('t1/r1/c1'))).toBeNull();
    expect(markerState(markers.get('t1/r2/c1'))).toBeNull();
  });

  it('shows pending over reviewed, and finds the pending correction of a field', () => {
    const pending = correction({ field: 'unit', oldValue: '%', newValue: '万元' });
    const markers = markersByTarget([correction({ status: 'approved', decidedBy: 'sam', decidedAt: '2026-11-22T03:00:00.000Z' }), pending]);
    const marker = markers.get('t4/r4/c3');
    expect(markerState(marker)).toBe('pending');
    expect(pendingFor(marker, 'unit')).toBe(pending);
    expect(pendingFor(marker, 'value')).toBeNull();
  });

  it('orders approved corrections by decision, oldest first', () => {
    const later = correction({ status: 'approved', newValue: '2', decidedAt: '2026-11-23T00:00:00.000Z' });
    const earlier = correction({ status: 'approved', newValue: '1', decidedAt: '2026-11-22T00:00:00.000Z' });
    expect(markersByTarget([later, earlier]).get('t4/r4/c3')?.approved.map((c) => c.newValue)).toEqual(['1', '2']);
  });
});
