import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  decimalToString,
  formatDecimal,
  isCanonicalDecimal,
  looksLikeYearOrCode,
  parseNumber,
  precisionOf,
  toDecimal,
  type ParsedNumber,
} from '../../shared/domain/numbers';

type Expected = Partial<Extract<ParsedNumber, { kind: 'number' }>> & { value: string };

const num = (value: string, extra: Omit<Expected, 'value'> = {}): Expected => ({ value, ...extra });

/** [printed, expected]: a number's fields default to not negative, not percent, no unit. */
const NUMBER_CASES: ReadonlyArray<readonly [string, Expected]> = [
  ['1,234.50', num('1234.50', { precision: 2 })],
  ['100,112,205.24', num('100112205.24', { precision: 2 })],
  ['-41,403,305.22', num('-41403305.22', { precision: 2, negative: true })],
  ['0.00', num('0.00', { precision: 2 })],
  ['-0', num('0', { precision: 0, negative: false })],
  ['-0.00', num('0.00', { precision: 2, negative: false })],
  ['1234', num('1234', { precision: 0 })],
  ['0.1196', num('0.1196', { precision: 4 })],
  ['1 234 567.89', num('1234567.89', { precision: 2 })],
  ['1\u2009234\u2009567.89', num('1234567.89')],
  ['1\u202F234.00', num('1234.00')],
  ['1\u00A0234', num('1234')],
  ['1，234.56', num('1234.56')],
  ['１２３，４５６．７８', num('123456.78', { precision: 2 })],
  ['−1,234.00', num('-1234.00', { negative: true })],
  ['－1,234.00', num('-1234.00', { negative: true })],
  ['–1,234.00', num('-1234.00', { negative: true })],
  ['- 1,234.00', num('-1234.00', { negative: true })],
  ['+5.20', num('5.20', { negative: false })],
  ['(1,234.00)', num('-1234.00', { negative: true })],
  ['（1,234.00）', num('-1234.00', { negative: true })],
  ['( 1,234.00 )', num('-1234.00', { negative: true })],
  ['(5.20%)', num('-5.20', { percent: true, negative: true })],
  ['37.02%', num('37.02', { percent: true, precision: 2 })],
  ['-30.56', num('-30.56', { percent: false })],
  ['-327.06%', num('-327.06', { percent: true, negative: true })],
  ['37.02％', num('37.02', { percent: true })],
  ['34.53 %', num('34.53', { percent: true })],
  ['2.07个百分点', num('2.07', { percentagePoints: true, percent: false })],
  ['增加2.07个百分点', num('2.07', { percentagePoints: true })],
  ['减少40.33个百分点', num('-40.33', { percentagePoints: true, negative: true })],
  ['下降 0.83 个百分点', num('-0.83', { percentagePoints: true, negative: true })],
  ['1.5百分点', num('1.5', { percentagePoints: true })],
  ['4,701.21万元', num('4701.21', { inlineUnit: '万元' })],
  ['4,701.21 万元', num('4701.21', { inlineUnit: '万元' })],
  ['1.2亿元', num('1.2', { inlineUnit: '亿元', precision: 1 })],
  ['20,000,000.00 元', num('20000000.00', { inlineUnit: '元' })],
  ['¥1,000', num('1000', { inlineUnit: '元' })],
  ['￥1,000.00', num('1000.00', { inlineUnit: '元' })],
  ['-¥1,000', num('-1000', { inlineUnit: '元', negative: true })],
  ['¥-1,000', num('-1000', { inlineUnit: '元', negative: true })],
  ['人民币100万元', num('100', { inlineUnit: '万元' })],
  ['人民币 1,000.00 元', num('1000.00', { inlineUnit: '元' })],
  ['US$100万', num('100', { inlineUnit: '万美元' })],
  ['$2,500', num('2500', { inlineUnit: '美元' })],
  ['500万美元', num('500', { inlineUnit: '万美元' })],
  ['47,799,688股', num('47799688', { inlineUnit: '股' })],
  ['1,200.00万股', num('1200.00', { inlineUnit: '万股' })],
  ['-0.87元/股', num('-0.87', { inlineUnit: '元/股', negative: true })],
  ['1,652 万', num('1652', { inlineUnit: '万' })],
  ['1,234.56注', num('1234.56')],
  ['1,234.56 注1', num('1234.56')],
  ['1,234.56(注2)', num('1234.56')],
  ['1,234.56*', num('1234.56')],
  ['1,234.56①', num('1234.56')],
  ['1,234.56¹', num('1234.56')],
  ['688316', num('688316')],
  ['2025', num('2025')],
  ['007', num('7')],
  ['0', num('0', { precision: 0 })],
];

const EMPTY_CASES = ['', '   ', '-', '--', '—', '——', '－', '–', '/', '／', '不适用', 'N/A', 'n/a', '无', '*'];

const TEXT_CASES = [
  '2025年6月30日',
  '2025-06-30',
  '2025/06/30',
  '2025.06.30',
  '2024年度',
  '2025 年半年度',
  '1-6月',
  '1.2.3',
  '第3节',
  '七、61',
  '010-12345678',
  '说明1',
  '主要为政府补助',
  '12,34',
  '1,2345',
  '1,234 567',
  '1234 567',
  '.5',
  '1.',
  '(-1,234)',
  '减少-3',
  '¥5%',
  'abc',
  '100元/台',
  '30岁以下',
  '注',
];

describe('parseNumber: formats filings print', () => {
  it.each(NUMBER_CASES)('%s', (printed, expected) => {
    const parsed = parseNumber(printed);
    expect(parsed.kind).toBe('number');
    if (parsed.kind !== 'number') return;
    expect(parsed.value).toBe(expected.value);
    expect(typeof parsed.value).toBe('string');
    expect(parsed.precision).toBe(expected.precision ?? precisionOf(expected.value));
    expect(parsed.negative).toBe(expected.negative ?? expected.value.startsWith('-'));
    expect(parsed.percent).toBe(expected.percent ?? false);
    expect(parsed.percentagePoints).toBe(expected.percentagePoints ?? false);
    expect(parsed.inlineUnit).toBe(expected.inlineUnit ?? null);
  });

  it.each(EMPTY_CASES)('placeholder %j is empty, marker as printed', (printed) => {
    expect(parseNumber(printed)).toEqual({ kind: 'empty', marker: printed.trim() });
  });

  it.each(TEXT_CASES)('%s is text', (printed) => {
    expect(parseNumber(printed)).toEqual({ kind: 'text' });
  });

  it('reads every figure of the key-figures table in seed 001', () => {
    const row = '| 经营活动产生的现金流量净额 | -26,605,786.81 | 11,717,729.26 | -327.06 |';
    const cells = row.split('|').slice(2, -1).map((c) => parseNumber(c));
    expect(cells.map((c) => (c.kind === 'number' ? c.value : c.kind))).toEqual(['-26605786.81', '11717729.26', '-327.06']);
  });
});

describe('looksLikeYearOrCode', () => {
  it.each([
    ['2025', true],
    ['1999', true],
    ['688316', true],
    ['834045', true],
    ['000001', true],
    ['20250630', true],
    ['13812345678', true],
    ['１９９９', true],
    ['132', false],
    ['47799688', false],
    ['1,234', false],
    ['2025年', false],
    ['12.5', false],
  ] as const)('%s → %s', (raw, expected) => {
    expect(looksLikeYearOrCode(raw)).toBe(expected);
  });
});

describe('decimal helpers', () => {
  it('compares numerically, whatever the printed precision', () => {
    expect(compareDecimal('1.50', '1.5')).toBe(0);
    expect(compareDecimal('-0.01', '0')).toBe(-1);
    expect(compareDecimal('100112205.24', '100112205.23')).toBe(1);
    expect(compareDecimal('123456789012345678901234567890.01', '123456789012345678901234567890.02')).toBe(-1);
  });

  it('converts to and from decimal.js without floats or exponents', () => {
    expect(toDecimal('0.1').plus(toDecimal('0.2')).eq(toDecimal('0.3'))).toBe(true);
    expect(decimalToString(toDecimal('0.0000001'))).toBe('0.0000001');
    expect(decimalToString(toDecimal('123456789012345678901234567890'))).toBe('123456789012345678901234567890');
    expect(decimalToString(toDecimal('-0.00'), 2)).toBe('0.00');
    expect(decimalToString(toDecimal('4701.21').times(10000), 0)).toBe('47012100');
    expect(() => toDecimal('1,234')).toThrow(/Not a decimal/);
    expect(() => toDecimal('NaN')).toThrow();
  });

  it('recognises canonical decimal strings', () => {
    expect(isCanonicalDecimal('-1234.50')).toBe(true);
    expect(isCanonicalDecimal('0')).toBe(true);
    expect(isCanonicalDecimal('-0')).toBe(false);
    expect(isCanonicalDecimal('007')).toBe(false);
    expect(isCanonicalDecimal('1e5')).toBe(false);
  });

  it('formats with thousands separators, keeping precision', () => {
    expect(formatDecimal('1234567.80')).toBe('1,234,567.80');
    expect(formatDecimal('-41403305.22')).toBe('-41,403,305.22');
    expect(formatDecimal('-41403305.22', { negative: 'parentheses' })).toBe('(41,403,305.22)');
    expect(formatDecimal('999')).toBe('999');
    expect(formatDecimal('0.00')).toBe('0.00');
    expect(formatDecimal('-0.00', { negative: 'parentheses' })).toBe('0.00');
    expect(() => formatDecimal('12abc')).toThrow();
  });
});

describe('parseNumber properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789,.，。 -−－–()（）%％¥$万亿元股个百分点注*①¹增减少年月日第节/'.split('')) }),
  );

  it('never throws, and every number is a canonical decimal string that decimal.js round-trips', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const parsed = parseNumber(raw);
        if (parsed.kind !== 'number') return;
        expect(typeof parsed.value).toBe('string');
        expect(parsed.value).toMatch(/^-?\d+(\.\d+)?$/);
        expect(isCanonicalDecimal(parsed.value)).toBe(true);
        expect(new Decimal(parsed.value).toFixed(parsed.precision)).toBe(parsed.value);
        expect(precisionOf(parsed.value)).toBe(parsed.precision);
        expect(parsed.negative).toBe(parsed.value.startsWith('-'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any amount formatted with separators (and parentheses for negatives) exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (units, decimals, parentheses) => {
        const exact = new Decimal(units.toString()).div(new Decimal(10).pow(decimals));
        const canonical = decimalToString(exact, decimals);
        const printed = formatDecimal(canonical, { negative: parentheses ? 'parentheses' : 'minus' });
        const parsed = parseNumber(printed);
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(parsed.value).toBe(canonical);
        expect(parsed.precision).toBe(decimals);
        expect(compareDecimal(parsed.value, canonical)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
