import { describe, expect, it } from 'vitest';
import type { CellRecord } from '../../shared/api/contract';
import { applyCorrectionsToCells, applyCorrectionsToFigures, normalizeCorrection } from '../../shared/domain/review/corrections';
import { FILING_TRANSITIONS, isLocked, statusAfterEdit } from '../../shared/domain/review/filing-status';
import { METHOD_PERMISSIONS, permits } from '../../shared/domain/review/permissions';
import { cellTargetKey, parseTargetKey, textTargetKey } from '../../shared/domain/review/target-key';
import { API_METHODS } from '../../shared/api/methods';
import { blankFigure, figureRecord } from './figure-fixture';

const figure = figureRecord({ ...blankFigure({ tableId: 3, cellRow: 5, cellCol: 2, unit: '元', scale: '1', rowPath: ['流动资产：', '货币资金'], columnPath: ['期末余额'], periodKind: 'current', periodLabel: '期末余额' }), id: 1, metric: '货币资金', value: '1234.50', precision: 2 });

function cell(key: string, text: string): CellRecord {
  return { id: 1, key, reviewed: false, extractedText: text, row: 5, col: 2, rowSpan: 1, colSpan: 1, page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, text, isHeader: false, valueKind: 'number', value: '1234.50', precision: 2 };
}

describe('target keys', () => {
  it('name cells and text figures stably and parse back', () => {
    expect(parseTargetKey(cellTargetKey(3, 5, 2))).toEqual({ kind: 'cell', tableSeq: 3, row: 5, col: 2 });
    expect(parseTargetKey(textTargetKey(4, 120))).toEqual({ kind: 'text', page: 4, spanStart: 120 });
    expect(parseTargetKey('t3/r5')).toBeNull();
    expect(figure.key).toBe('t3/r5/c2');
  });
});

describe('normalizeCorrection', () => {
  it.each([
    ['value', '1,234.50', { ok: true, value: '1234.50' }],
    ['value', '(1,234.50)', { ok: true, value: '-1234.50' }],
    ['value', '１２３', { ok: true, value: '123' }],
    ['value', 'abc', { ok: false }],
    ['value', '  ', { ok: false }],
    ['unit', '万元', { ok: true, value: '万元' }],
    ['unit', 'furlongs', { ok: false }],
    ['period', '上年同期', { ok: true, value: '上年同期' }],
    ['period', '2025年6月30日', { ok: true }],
    ['period', '项目', { ok: false }],
    ['text', '其他应收款', { ok: true, value: '其他应收款' }],
  ] as const)('%s %j', (field, raw, expected) => {
    expect(normalizeCorrection(field, raw)).toMatchObject(expected);
  });
});

describe('applying approved corrections', () => {
  it('replaces the value, keeps the extracted one, and the last approved correction wins', () => {
    const [reviewed] = applyCorrectionsToFigures([figure], [
      { targetKey: figure.key, field: 'value', newValue: '1000' },
      { targetKey: figure.key, field: 'value', newValue: '1234.56' },
    ]);
    expect(reviewed).toMatchObject({ value: '1234.56', precision: 2, extractedValue: '1234.50', reviewed: true });
  });

  it('re-reads unit, period and row from what the reviewer typed', () => {
    const [reviewed] = applyCorrectionsToFigures([figure], [
      { targetKey: figure.key, field: 'unit', newValue: '万元' },
      { targetKey: figure.key, field: 'period', newValue: '上年年末余额' },
      { targetKey: figure.key, field: 'row', newValue: '应收账款' },
    ]);
    expect(reviewed).toMatchObject({ unit: '万元', scale: '10000', periodKind: 'prior', metric: '应收账款', canonical: '应收账款', rowPath: ['流动资产：', '应收账款'] });
  });

  it('leaves figures without corrections untouched and unflagged', () => {
    expect(applyCorrectionsToFigures([figure], [{ targetKey: 't9/r9/c9', field: 'value', newValue: '1' }])).toEqual([figure]);
  });

  it('applies text corrections and value corrections to cells (a value keeps the printed text)', () => {
    const [byText] = applyCorrectionsToCells([cell('t3/r5/c2', '1,234.50')], [{ targetKey: 't3/r5/c2', field: 'text', newValue: '1,234.56' }]);
    expect(byText).toMatchObject({ text: '1,234.56', value: '1234.56', reviewed: true, extractedText: '1,234.50' });
    const [byValue] = applyCorrectionsToCells([cell('t3/r5/c2', '1,234.50')], [{ targetKey: 't3/r5/c2', field: 'value', newValue: '99' }]);
    expect(byValue).toMatchObject({ text: '1,234.50', value: '99', precision: 0, reviewed: true });
  });
});

describe('roles and filing status', () => {
  it('gives every API call a permission, and nests roles', () => {
    expect(Object.keys(METHOD_PERMISSIONS).sort()).toEqual([...API_METHODS].sort());
    expect(permits({ kind: 'user', role: 'reviewer' }, 'supervise')).toBe(false);
    expect(permits({ kind: 'user', role: 'supervisor' }, 'review')).toBe(true);
    expect(permits({ kind: 'user', role: 'supervisor' }, 'admin')).toBe(false);
    expect(permits({ kind: 'user', role: 'admin' }, 'supervise')).toBe(true);
    expect(permits({ kind: 'local' }, 'ingest')).toBe(true);
    expect(permits({ kind: 'local' }, 'review')).toBe(false);
    expect(permits({ kind: 'anonymous' }, 'read')).toBe(false);
  });

  it('moves in review → submitted → approved (locked) → reopened, and returns need a reason', () => {
    expect(statusAfterEdit('new')).toBe('in_review');
    expect(statusAfterEdit('returned')).toBe('returned');
    expect(FILING_TRANSITIONS.submit.from).toContain('returned');
    expect(FILING_TRANSITIONS.approve).toMatchObject({ from: ['submitted'], to: 'approved', notBySubmitter: true });
    expect(FILING_TRANSITIONS.return.reasonRequired).toBe(true);
    expect(FILING_TRANSITIONS.reopen).toMatchObject({ from: ['approved'], reasonRequired: true });
    expect(isLocked('approved')).toBe(true);
    expect(isLocked('submitted')).toBe(false);
  });
});
