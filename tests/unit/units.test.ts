import { describe, expect, it } from 'vitest';
import { convert, parseUnit, parseUnitCaption, unitFromHeader, type UnitInfo } from '../../shared/domain/units';

const YUAN: UnitInfo = { unit: '元', scale: '1', base: 'CNY', currency: null };
const WAN: UnitInfo = { unit: '万元', scale: '10000', base: 'CNY', currency: null };
const YI: UnitInfo = { unit: '亿元', scale: '100000000', base: 'CNY', currency: null };

describe('parseUnit', () => {
  it.each([
    ['元', { unit: '元', scale: '1', base: 'CNY', currency: null }],
    ['千元', { unit: '千元', scale: '1000', base: 'CNY', currency: null }],
    ['万元', { unit: '万元', scale: '10000', base: 'CNY', currency: null }],
    ['百万元', { unit: '百万元', scale: '1000000', base: 'CNY', currency: null }],
    ['亿元', { unit: '亿元', scale: '100000000', base: 'CNY', currency: null }],
    ['人民币元', { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }],
    ['人民币万元', { unit: '万元', scale: '10000', base: 'CNY', currency: '人民币' }],
    ['万元人民币', { unit: '万元', scale: '10000', base: 'CNY', currency: '人民币' }],
    ['人民币', { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }],
    ['美元', { unit: '美元', scale: '1', base: 'USD', currency: '美元' }],
    ['万美元', { unit: '万美元', scale: '10000', base: 'USD', currency: '美元' }],
    ['港元', { unit: '港元', scale: '1', base: 'HKD', currency: '港元' }],
    ['股', { unit: '股', scale: '1', base: 'shares', currency: null }],
    ['万股', { unit: '万股', scale: '10000', base: 'shares', currency: null }],
    ['%', { unit: '%', scale: '1', base: 'percent', currency: null }],
    ['％', { unit: '%', scale: '1', base: 'percent', currency: null }],
    ['元/股', { unit: '元/股', scale: '1', base: 'other', currency: null }],
    ['人', { unit: '人', scale: '1', base: 'other', currency: null }],
  ] as const)('%s', (text, expected) => {
    expect(parseUnit(text)).toEqual(expected);
  });

  it.each(['万', '1-6月', '或股本', '', '人民币美元', '人民币股'])('%j is no unit', (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe('parseUnitCaption', () => {
  it.each([
    ['单位：元 币种：人民币', { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }],
    ['单位:元币种:人民币', { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }],
    ['单位:万元币种:人民币', { unit: '万元', scale: '10000', base: 'CNY', currency: '人民币' }],
    ['单位：元', { unit: '元', scale: '1', base: 'CNY', currency: null }],
    ['单位：万元', { unit: '万元', scale: '10000', base: 'CNY', currency: null }],
    ['单位：千元', { unit: '千元', scale: '1000', base: 'CNY', currency: null }],
    ['单位：亿元', { unit: '亿元', scale: '100000000', base: 'CNY', currency: null }],
    ['单位：百万元', { unit: '百万元', scale: '1000000', base: 'CNY', currency: null }],
    ['金额单位：人民币元', { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }],
    ['单位：人民币万元', { unit: '万元', scale: '10000', base: 'CNY', currency: '人民币' }],
    ['单位：股', { unit: '股', scale: '1', base: 'shares', currency: null }],
    ['单位：%', { unit: '%', scale: '1', base: 'percent', currency: null }],
    ['(单位:元)', { unit: '元', scale: '1', base: 'CNY', currency: null }],
    ['（单位：万元）', { unit: '万元', scale: '10000', base: 'CNY', currency: null }],
    ['币种：美元', { unit: '美元', scale: '1', base: 'USD', currency: '美元' }],
    ['单位：元 币种：美元', { unit: '元', scale: '1', base: 'USD', currency: '美元' }],
    ['单位：万美元', { unit: '万美元', scale: '10000', base: 'USD', currency: '美元' }],
    ['                                    单位：元', { unit: '元', scale: '1', base: 'CNY', currency: null }],
    // Seed 003: captions run into the flattened table header, and a page number glued in front.
    ['金额单位:万元序算力资智算业务上市公司算力业务内容号源规模营业收入', { unit: '万元', scale: '10000', base: 'CNY', currency: null }],
    ['39单位:万元', { unit: '万元', scale: '10000', base: 'CNY', currency: null }],
    ['单位:人民币万元项目2022财政年度2023财政年度', { unit: '万元', scale: '10000', base: 'CNY', currency: '人民币' }],
    ['单位：人', { unit: '人', scale: '1', base: 'other', currency: null }],
  ] as const)('%s', (line, expected) => {
    expect(parseUnitCaption(line)).toEqual(expected);
  });

  it.each([
    '合并资产负债表2025年6月30日编制单位:北京青云科技集团股份有限公司',
    '| 单位名称 | 应收账款期末余额 |',
    '本公司能够对被投资单位实施控制的长期股权投资采用成本法核算',
    '单位：',
    '营业收入',
  ])('%s is no caption', (line) => {
    expect(parseUnitCaption(line)).toBeNull();
  });

  it('reads the caption inside a sentence of seed 001', () => {
    expect(parseUnitCaption('(1).资产规模其中:境外资产3,338,877.70(单位:元币种:人民币),占总资产的比例为0.74%。')).toMatchObject({ unit: '元', base: 'CNY' });
  });
});

describe('unitFromHeader', () => {
  it.each([
    ['营业收入（元）', '元', 'CNY'],
    ['金额(万元)', '万元', 'CNY'],
    ['比例(%)', '%', 'percent'],
    ['本期比上年同期增减(%)', '%', 'percent'],
    ['本报告期比上年同期增减(%)', '%', 'percent'],
    ['数量（股）', '股', 'shares'],
    ['基本每股收益(元/股)', '元/股', 'other'],
    ['期末账面价值(元)', '元', 'CNY'],
    ['交易内容(万元)', '万元', 'CNY'],
    ['公司研发人员的数量(人)', '人', 'other'],
    ['金额/万元', '万元', 'CNY'],
    ['收入规模(单位:万元)', '万元', 'CNY'],
  ] as const)('%s → %s', (header, unit, base) => {
    expect(unitFromHeader(header)).toMatchObject({ unit, base });
  });

  it.each(['本报告期(1-6月)', '实收资本(或股本)', '项目', '期末余额', '2025年6月30日'])('%s has no unit', (header) => {
    expect(unitFromHeader(header)).toBeNull();
  });
});

describe('convert', () => {
  it('scales exactly between 元, 万元 and 亿元', () => {
    expect(convert('4701.21', WAN, YUAN)).toBe('47012100');
    expect(convert('47012100.00', YUAN, WAN)).toBe('4701.210000');
    expect(convert('100112205.24', YUAN, WAN)).toBe('10011.220524');
    expect(convert('-41403305.22', YUAN, YI)).toBe('-0.4140330522');
    expect(convert('1.2', YI, WAN)).toBe('12000');
    expect(convert('0.00', YUAN, WAN)).toBe('0.000000');
    expect(convert('-0.00', YUAN, YUAN)).toBe('0.00');
  });

  it('keeps digits a float would lose', () => {
    expect(convert('123456789012345678.99', YUAN, YI)).toBe('1234567890.1234567899');
    expect(convert('0.1', WAN, YUAN)).toBe('1000');
  });

  it('matches seed 004 (万元) against seed 001 (元) once scaled', () => {
    // 004 quotes 2025 H1 revenue as 10,011.22万元; 001's income statement prints 100,112,205.24 元.
    const fromStatement = convert('100112205.24', YUAN, WAN);
    expect(fromStatement.startsWith('10011.22')).toBe(true);
  });

  it('converts shares and percent within their own base', () => {
    const shares = parseUnit('股')!;
    const tenThousandShares = parseUnit('万股')!;
    expect(convert('1200.00', tenThousandShares, shares)).toBe('12000000');
    const percent = parseUnit('%')!;
    expect(convert('37.02', percent, percent)).toBe('37.02');
  });

  it('refuses to mix bases, with a message naming both units', () => {
    expect(() => convert('1', YUAN, parseUnit('美元')!)).toThrow(/元 \(CNY\) to 美元 \(USD\)/);
    expect(() => convert('1', YUAN, parseUnit('股')!)).toThrow(/different base units/);
    expect(() => convert('1', parseUnit('人')!, parseUnit('台')!)).toThrow(/different units/);
  });
});
