import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { figureRecord } from './figure-fixture';
import { evaluateFormula, filingResolver, FormulaError, parseFormula, type FormulaExpr, type FormulaRef } from '../../shared/domain/checks/formula';
import type { FilingFigures } from '../../shared/domain/checks/types';
import { isCanonicalDecimal } from '../../shared/domain/numbers';

// ---------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------

function figure(id: number, value: string, extra: Partial<FigureRecord> = {}): FigureRecord {
  const dot = value.indexOf('.');
  return figureRecord({
    id,
    documentId: 1,
    source: 'table',
    tableId: 1,
    cellId: null,
    cellRow: id,
    cellCol: 1,
    page: 1,
    box: { x0: 0, y0: 0, x1: 0, y1: 0 },
    metric: `m${id}`,
    canonical: null,
    rowPath: [],
    columnPath: [],
    periodKind: 'current',
    periodLabel: null,
    periodStart: null,
    periodEnd: null,
    value,
    unit: '元',
    scale: '1',
    precision: dot < 0 ? 0 : value.length - dot - 1,
    percent: false,
    percentagePoints: false,
    direction: null,
    spanStart: null,
    spanEnd: null,
    context: null,
    ...extra,
  });
}

function byId(...figures: FigureRecord[]): (ref: FormulaRef) => FigureRecord | undefined {
  return (ref) => (ref.kind === 'figure' ? figures.find((f) => f.id === ref.id) : undefined);
}

/** The expression as a fully parenthesised string, to read precedence off. */
function show(expr: FormulaExpr): string {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'ref':
      return expr.ref.kind === 'figure' ? `#${expr.ref.id}` : `{${expr.ref.tableKind ?? ''}:${expr.ref.metric}@${expr.ref.period ?? ''}}`;
    case 'negate':
      return `(-${show(expr.operand)})`;
    case 'binary':
      return `(${show(expr.left)} ${expr.op} ${show(expr.right)})`;
  }
}

function errorOf(text: string): FormulaError {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

// ---------------------------------------------------------------------------------------

describe('parseFormula', () => {
  it('reads the supported shapes with precedence and parentheses', () => {
    expect(show(parseFormula('#1 = #2 + #3').right)).toBe('(#2 + #3)');
    expect(show(parseFormula('#1 = #2 - #3').right)).toBe('(#2 - #3)');
    expect(show(parseFormula('#1 = #2 / #3').right)).toBe('(#2 / #3)');
    expect(show(parseFormula('#1 = (#2 + #3) * #4').right)).toBe('((#2 + #3) * #4)');
    expect(show(parseFormula('#1 = #2 / #3 * 100').right)).toBe('((#2 / #3) * 100)');
    expect(show(parseFormula('#1 = #2 + #3 * #4 - -#5').right)).toBe('((#2 + (#3 * #4)) - (-#5))');
  });

  it('reads template references, literals and full-width operators', () => {
    const formula = parseFormula('{balance_sheet:资产总计@current} ＝ {负债合计} ＋ {所有者权益合计@prior} × 1.00');
    expect(formula.left).toMatchObject({ kind: 'template', tableKind: 'balance_sheet', metric: '资产总计', period: 'current' });
    expect(show(formula.right)).toBe('({:负债合计@} + ({:所有者权益合计@prior} * 1.00))');
    expect(formula.references.map((r) => r.text)).toEqual(['{balance_sheet:资产总计@current}', '{负债合计}', '{所有者权益合计@prior}']);
    expect(show(parseFormula('#1=（#2－#3）÷#4').right)).toBe('((#2 - #3) / #4)');
  });

  it('says where a formula goes wrong', () => {
    expect(errorOf('#1 = #2 $ #3')).toMatchObject({ position: 8 });
    expect(errorOf('#1 = #2 +').message).toMatch(/operand/);
    expect(errorOf('#1 = (#2 + #3').message).toMatch(/"\)"/);
    expect(errorOf('#1 = #2 = #3')).toMatchObject({ position: 8 });
    expect(errorOf('#1 + #2 = #3').message).toMatch(/left side/);
    expect(errorOf('#1 #2 = #3').message).toMatch(/left side/);
    expect(errorOf('#1 = #2 #3')).toMatchObject({ position: 8 });
    expect(errorOf('#1 = 1.').message).toMatch(/decimal point/);
    expect(errorOf('# = 1').message).toMatch(/figure id/);
    expect(errorOf('{货币资金 = 1').message).toMatch(/closing/);
    expect(errorOf('{cash_sheet:货币资金} = 1').message).toMatch(/table kind/);
    expect(errorOf('{货币资金@later} = 1').message).toMatch(/period/);
    expect(errorOf('{} = 1').message).toMatch(/no metric/);
    expect(errorOf('#1 = ' + '('.repeat(200) + '1' + ')'.repeat(200)).message).toMatch(/nested/);
    expect(errorOf('#1 = #2 +').zh).toContain('缺少运算数');
  });

  it('throws nothing but FormulaError, on any string', () => {
    const onlyFormulaErrors = (text: string): boolean => {
      try {
        parseFormula(text);
        return true;
      } catch (error) {
        return error instanceof FormulaError && Number.isInteger(error.position) && error.position >= 0 && error.position <= text.length;
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), onlyFormulaErrors), { numRuns: 2000 });
    const pieces = ['#1', '#', '#99999999999999999999', '{货币资金}', '{balance_sheet:资产总计@current}', '{', '}', '@', ':', '(', ')', '（', '+', '-', '*', '/', '÷', '=', '＝', '1', '0.5', '.', ' ', '-', '１２'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), onlyFormulaErrors), { numRuns: 3000 });
  });
});

describe('evaluateFormula', () => {
  it('passes an exact sum and calls a last-digit difference rounding (n × half a unit)', () => {
    const parts = [figure(2, '1.11'), figure(3, '2.22')];
    expect(evaluateFormula(parseFormula('#1 = #2 + #3'), byId(figure(1, '3.33'), ...parts))).toMatchObject({
      family: 'custom',
      status: 'pass',
      expected: '3.33',
      figureIds: [1, 2, 3],
    });
    const rounded = evaluateFormula(parseFormula('#1 = #2 + #3'), byId(figure(1, '3.34'), ...parts));
    expect(rounded).toMatchObject({ status: 'rounding', expected: '3.33', difference: '0.01', tolerance: '0.015' });
    expect(evaluateFormula(parseFormula('#1 = #2 + #3'), byId(figure(1, '3.36'), ...parts)).status).toBe('fail');
  });

  it('recomputes a ratio exactly at the printed precision of the left side', () => {
    // Seed 001: revenue −30.56% = (100,112,205.24 − 144,161,398.38) / 144,161,398.38 × 100.
    const formula = parseFormula('#1 = (#2 - #3) / #3 * 100');
    const change = figure(1, '-30.56', { unit: '%', scale: null, percent: true });
    const now = figure(2, '100112205.24');
    const then = figure(3, '144161398.38');
    expect(evaluateFormula(formula, byId(change, now, then))).toMatchObject({ status: 'pass', expected: '-30.56', tolerance: '0.005' });
    expect(evaluateFormula(formula, byId({ ...change, value: '-30.55' }, now, then))).toMatchObject({ status: 'fail', expected: '-30.56' });
  });

  it('adds 元 and 万元 in the left side’s unit', () => {
    const total = figure(1, '5701.21', { unit: '万元', scale: '10000' });
    const result = evaluateFormula(parseFormula('#1 = #2 + #3'), byId(total, figure(2, '47012100.00'), figure(3, '1000.00', { unit: '万元', scale: '10000' })));
    expect(result).toMatchObject({ status: 'pass', expected: '5701.21' });
  });

  it('cannot evaluate a missing reference, naming it, or a division by zero', () => {
    const missing = evaluateFormula(parseFormula('#1 = #2 + {货币资金}'), byId(figure(1, '1.00')));
    expect(missing).toMatchObject({ status: 'cannot_evaluate', expected: null, figureIds: [1] });
    expect(missing.reason!.zh).toContain('#2、{货币资金}');
    expect(missing.reason!.en).toContain('#2, {货币资金}');
    const zero = evaluateFormula(parseFormula('#1 = #2 / #3'), byId(figure(1, '1.00'), figure(2, '1.00'), figure(3, '0.00')));
    expect(zero).toMatchObject({ status: 'cannot_evaluate' });
    expect(zero.reason!.en).toMatch(/zero/);
  });

  it('keys results by the figures and the formula, stably', () => {
    const resolve = byId(figure(1, '3.33'), figure(2, '1.11'), figure(3, '2.22'));
    const key = evaluateFormula(parseFormula('#1 = #2 + #3'), resolve).key;
    expect(evaluateFormula(parseFormula(' #1=#2+#3 '), resolve).key).toBe(key);
    expect(key).toBe('custom:formula:1-2-3:#1=#2+#3');
  });

  it('never yields anything but decimal strings', () => {
    const figures = [figure(1, '7.00'), figure(2, '3.00'), figure(3, '7.0000001')];
    fc.assert(
      fc.property(fc.constantFrom('#1 = #2 / #3', '#1 = #2 * #3 - 1', '#1 = (#2 + #3) / 3', '#1 = -#2 / 7 * 100'), (text) => {
        const result = evaluateFormula(parseFormula(text), byId(...figures));
        return [result.expected, result.actual, result.difference, result.tolerance].every((v) => v === null || isCanonicalDecimal(v) || /^-?\d+\.\d+$/u.test(v));
      }),
    );
  });
});

describe('filingResolver', () => {
  it('resolves ids, and templates by canonical, table kind and period, skipping parent-company tables', () => {
    const parentCash = figure(10, '5.00', { tableId: 2, canonical: '货币资金' });
    const cash = figure(11, '9.00', { tableId: 1, canonical: '货币资金' });
    const priorCash = figure(12, '8.00', { tableId: 1, canonical: '货币资金', periodKind: 'prior' });
    const filing: FilingFigures = {
      documentId: 1,
      securityCode: null,
      documentType: 'periodic_report',
      reportPeriod: null,
      figures: [parentCash, cash, priorCash],
      tables: [
        { id: 1, title: '合并资产负债表', kind: 'balance_sheet', headerRows: 1, unit: '元', scale: '1', cells: [] },
        { id: 2, title: '母公司资产负债表', kind: 'balance_sheet', headerRows: 1, unit: '元', scale: '1', cells: [] },
      ],
    };
    const resolve = filingResolver(filing);
    const refs = parseFormula('#10 = {货币资金} + {balance_sheet:货币资金@prior} + {key_figures:货币资金}').references;
    expect(refs.map((r) => resolve(r)?.id)).toEqual([10, 11, 12, undefined]);
  });
});
