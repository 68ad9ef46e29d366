import { describe, expect, it } from 'vitest';
import { parsePeriod, parsePeriodColumns, type PeriodInfo } from '../../shared/domain/periods';

const HALF_YEAR = { reportPeriodEnd: '2025-06-30' };

type Expected = Omit<PeriodInfo, 'label'>;

describe('parsePeriod with the half-year report period of seed 001', () => {
  it.each<[string, Expected]>([
    ['本期', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本期金额', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本期发生额', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本期数', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本报告期', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本报告期(1-6月)', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['本年累计', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['年初至报告期末', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['上年同期', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-06-30' }],
    ['上年同期数', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-06-30' }],
    ['上期金额', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-06-30' }],
    ['上期发生额', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-06-30' }],
    ['上年度', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-12-31' }],
    ['期末余额', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['期末数', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['本期期末数', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['本报告期末', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['坏账准备期末余额', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['期末账面价值(元)', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['期初余额', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['期初数', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['期初余额(账面价值)', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['上年末', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['上年度末', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['上年期末数', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['2025年6月30日', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
    ['2024年12月31日', { kind: 'prior', basis: 'instant', end: '2024-12-31' }],
    ['2025年1-6月', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['2025年1—6月', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['2025年半年度', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['2025 年半年度', { kind: 'current', basis: 'duration', start: '2025-01-01', end: '2025-06-30' }],
    ['2024年半年度', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-06-30' }],
    ['2024年度', { kind: 'prior', basis: 'duration', start: '2024-01-01', end: '2024-12-31' }],
    ['2025-06-30', { kind: 'current', basis: 'instant', end: '2025-06-30' }],
  ])('%s', (header, expected) => {
    expect(parsePeriod(header, HALF_YEAR)).toEqual({ ...expected, label: header });
  });

  it.each<[string, PeriodInfo['basis']]>([
    ['本期比上年同期增减(%)', 'duration'],
    ['本报告期比上年同期增减(%)', 'duration'],
    ['本报告期末比上年度末增减(%)', 'instant'],
    ['变动比例(%)', 'duration'],
    ['变化幅度(%)', 'duration'],
    ['变动幅度', 'duration'],
    ['本期期末金额较上年期末变动比例(%)', 'instant'],
  ])('%s is a change measure', (header, basis) => {
    expect(parsePeriod(header, HALF_YEAR)).toEqual({ kind: 'change', basis, label: header });
  });

  it.each([
    '本期期末数占总资产的比例(%)',
    '上年期末数占总资产的比例(%)',
    '本期增加',
    '本期减少',
    '本期计提',
    '本期转回',
    '项目',
    '附注',
    '金额',
    '账面余额',
    '2025年3月',
    '',
  ])('%j names no period', (header) => {
    expect(parsePeriod(header, HALF_YEAR)).toBeNull();
  });

  it('does not place a date after the report period', () => {
    expect(parsePeriod('2025年12月31日', HALF_YEAR)).toBeNull();
  });
});

describe('parsePeriod without context', () => {
  it('keeps the kind and basis but cannot derive dates for relative headers', () => {
    expect(parsePeriod('本期发生额')).toEqual({ kind: 'current', basis: 'duration', label: '本期发生额' });
    expect(parsePeriod('上年度末')).toEqual({ kind: 'prior', basis: 'instant', label: '上年度末' });
  });

  it('reads the dates a header prints', () => {
    expect(parsePeriod('2024年12月31日')).toMatchObject({ basis: 'instant', end: '2024-12-31' });
    expect(parsePeriod('2025年第三季度')).toMatchObject({ basis: 'duration', start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod('2025年前三季度')).toMatchObject({ basis: 'duration', start: '2025-01-01', end: '2025-09-30' });
    expect(parsePeriod('2025年1月1日至2025年6月30日')).toMatchObject({ basis: 'duration', start: '2025-01-01', end: '2025-06-30' });
    expect(parsePeriod('2024年末')).toMatchObject({ basis: 'instant', end: '2024-12-31' });
    expect(parsePeriod('2025年9月末')).toMatchObject({ basis: 'instant', end: '2025-09-30' });
    expect(parsePeriod('2024年2月30日')).toBeNull();
  });
});

describe('parsePeriod in other report periods', () => {
  it('reads 本报告期 in a third-quarter report as the quarter, 年初至报告期末 as the nine months', () => {
    const q3 = { reportPeriodEnd: '2025-09-30' };
    expect(parsePeriod('本报告期', q3)).toMatchObject({ kind: 'current', start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod('年初至报告期末', q3)).toMatchObject({ kind: 'current', start: '2025-01-01', end: '2025-09-30' });
    expect(parsePeriod('上年同期', q3)).toMatchObject({ kind: 'prior', start: '2024-01-01', end: '2024-09-30' });
  });

  it('reads an annual report: 本期 is the year, 2024年度 is current', () => {
    const annual = { reportPeriodEnd: '2024-12-31' };
    expect(parsePeriod('本期发生额', annual)).toMatchObject({ kind: 'current', start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriod('2024年度', annual)).toMatchObject({ kind: 'current', end: '2024-12-31' });
    expect(parsePeriod('2023年度', annual)).toMatchObject({ kind: 'prior', end: '2023-12-31' });
    expect(parsePeriod('期初余额', annual)).toMatchObject({ kind: 'prior', end: '2023-12-31' });
  });

  it('keeps month ends when moving a year back across a leap day', () => {
    expect(parsePeriod('上年同期', { reportPeriodEnd: '2024-02-29' })).toMatchObject({ start: '2023-01-01', end: '2023-02-28' });
  });
});

describe('parsePeriodColumns: header rows of seed 001', () => {
  it('places the balance sheet dates against each other', () => {
    const periods = parsePeriodColumns(['项目', '附注', '2025年6月30日', '2024年12月31日']);
    expect(periods.map((p) => p && [p.kind, p.basis, p.end])).toEqual([null, null, ['current', 'instant', '2025-06-30'], ['prior', 'instant', '2024-12-31']]);
  });

  it('places the income statement years and derives relative columns from them', () => {
    const periods = parsePeriodColumns(['项目', '附注', '2025年半年度', '2024年半年度']);
    expect(periods.map((p) => p?.kind ?? null)).toEqual([null, null, 'current', 'prior']);
  });

  it('reads the key-figures header', () => {
    const periods = parsePeriodColumns(['主要会计数据', '本报告期(1-6月)', '上年同期', '本报告期比上年同期增减(%)'], HALF_YEAR);
    expect(periods.map((p) => p && [p.kind, p.basis])).toEqual([null, ['current', 'duration'], ['prior', 'duration'], ['change', 'duration']]);
    const balance = parsePeriodColumns(['本报告期末', '上年度末', '本报告期末比上年度末增减(%)', ''], HALF_YEAR);
    expect(balance.map((p) => p && [p.kind, p.basis, p.end ?? null])).toEqual([
      ['current', 'instant', '2025-06-30'],
      ['prior', 'instant', '2024-12-31'],
      ['change', 'instant', null],
      null,
    ]);
  });

  it('reads the balance-sheet analysis header', () => {
    const periods = parsePeriodColumns(
      ['项目名称', '本期期末数', '本期期末数占总资产的比例(%)', '上年期末数', '上年期末数占总资产的比例(%)', '本期期末金额较上年期末变动比例(%)', '情况说明'],
      HALF_YEAR,
    );
    expect(periods.map((p) => p?.kind ?? null)).toEqual([null, 'current', null, 'prior', null, 'change', null]);
  });
});
