import { describe, expect, it } from 'vitest';
import type { GridCell, GridTable } from '../../shared/domain/extraction/types';
import { reportPeriodEnd } from '../../shared/domain/extraction/build';
import { interpretTable } from '../../shared/domain/semantics/interpret-table';
import { readTableContext } from '../../shared/domain/semantics/table-context';
import { tableKind } from '../../shared/domain/semantics/table-kind';

/** A ruled grid from rows of texts: one cell per position, 20pt rows, 80pt columns. */
function grid(rows: string[][], headerRows = 1, page = 5): GridTable {
  const cells: GridCell[] = rows.flatMap((row, r) =>
    row.map((text, c) => ({ row: r, col: c, rowSpan: 1, colSpan: 1, text, page, box: { x0: 50 + c * 80, y0: 100 + r * 20, x1: 130 + c * 80, y1: 120 + r * 20 } })),
  );
  return { pageStart: page, pageEnd: page, regions: [{ page, box: { x0: 50, y0: 100, x1: 50 + rows[0]!.length * 80, y1: 100 + rows.length * 20 } }], rowCount: rows.length, colCount: rows[0]!.length, headerRows, ruled: true, cells };
}

describe('table context', () => {
  it('reads title and unit caption above a statement, skipping markers', () => {
    const context = readTableContext(['单位:元币种:人民币', '合并资产负债表2025年6月30日编制单位:北京青云科技集团股份有限公司']);
    expect(context.title).toBe('合并资产负债表2025年6月30日');
    expect(context.unit).toMatchObject({ unit: '元', scale: '1', currency: '人民币' });
    expect(readTableContext(['□适用√不适用', '(一) 主要会计数据']).title).toBe('主要会计数据');
    expect(readTableContext(['单位:元 币种:人民币', '编制单位: 引力传媒股份有限公司', '2025年6月30日', '合并资产负债表']).title).toBe('合并资产负债表');
    expect(readTableContext(['2025年1—6月', '合并利润表']).title).toBe('合并利润表');
  });

  it('finds no title above a paragraph, and notices a continued table', () => {
    expect(readTableContext(['公司在报告期内持续加大研发投入，主要系研发人员薪酬增加所致，具体情况详见本节内容的说明。']).title).toBeNull();
    expect(readTableContext(['续表']).continued).toBe(true);
  });
});

describe('table kind', () => {
  it('reads the title first, then the standard lines', () => {
    expect(tableKind('母公司现金流量表', new Set())).toBe('cash_flow');
    expect(tableKind('合并所有者权益变动表', new Set(['资产总计']))).toBe('equity_changes');
    expect(tableKind(null, new Set(['资产总计', '负债合计']))).toBe('balance_sheet');
    expect(tableKind('项目', new Set(['营业收入', '利润总额', '净利润']))).toBe('income_statement');
    expect(tableKind(null, new Set())).toBe('other');
    expect(tableKind('预计情况', new Set(), ['关联交易类别', '预计2026年发生金额'])).toBe('related_party');
  });
});

describe('interpretTable', () => {
  const balanceSheet = grid([
    ['项目', '附注', '2025年6月30日', '2024年12月31日'],
    ['流动资产:', '', '', ''],
    ['货币资金', '七、1', '129,793,280.55', '238,290,520.32'],
    ['其他应收款', '七、9', '9,613,726.30', '16,759,061.36'],
    ['其中:应收利息', '', '-', '—'],
    ['流动资产合计', '', '139,407,006.85', '255,049,581.68'],
    ['资产总计', '', '(1,234.50)', '0.00'],
  ]);
  const result = interpretTable(balanceSheet, {
    context: { title: '合并资产负债表', unit: { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }, continued: false },
    reportPeriodEnd: '2025-06-30',
  });

  it('classifies and carries unit, pages and shape', () => {
    expect(result).toMatchObject({ kind: 'balance_sheet', title: '合并资产负债表', unit: '元', scale: '1', currency: '人民币', rowCount: 7, colCount: 4, pageStart: 5 });
  });

  it('makes one figure per numeric body cell, never from the note column', () => {
    expect(result.figures).toHaveLength(8);
    expect(result.figures.some((f) => f.columnPath.includes('附注'))).toBe(false);
  });

  it('gives each figure its metric, canonical name, period, exact value and unit', () => {
    const cash = result.figures.find((f) => f.metric === '货币资金' && f.periodKind === 'current');
    expect(cash).toMatchObject({
      canonical: '货币资金',
      value: '129793280.55',
      precision: 2,
      unit: '元',
      scale: '1',
      periodEnd: '2025-06-30',
      rowPath: ['流动资产:', '货币资金'],
      cell: { row: 2, col: 2 },
      page: 5,
    });
    const prior = result.figures.find((f) => f.metric === '货币资金' && f.periodKind === 'prior');
    expect(prior).toMatchObject({ value: '238290520.32', periodEnd: '2024-12-31' });
    expect(result.figures.find((f) => f.metric === '资产总计' && f.periodKind === 'current')?.value).toBe('-1234.50');
    expect(typeof cash?.value).toBe('string');
  });

  it('puts a 其中 line under the line above it, and keeps empty markers out of the figures', () => {
    const child = result.cells.find((c) => c.row === 4 && c.col === 2);
    expect(child).toMatchObject({ valueKind: 'empty', value: null });
    const interest = interpretTable(
      grid([
        ['项目', '本期发生额'],
        ['财务费用', '1,000.00'],
        ['其中:利息费用', '800.00'],
        ['利息收入', '50.00'],
      ]),
      { context: { title: '合并利润表', unit: null, continued: false }, labelIndent: (cell) => (cell.row >= 2 ? 12 : 2) },
    );
    expect(interest.figures.map((f) => f.rowPath)).toEqual([['财务费用'], ['财务费用', '其中:利息费用'], ['财务费用', '利息收入']]);
  });

  it('does not take the lines after an unindented 其中 line as its siblings', () => {
    const sheet = interpretTable(
      grid([
        ['项目', '期末余额'],
        ['其他应收款', '10.00'],
        ['其中:应收利息', '2.00'],
        ['存货', '5.00'],
        ['流动资产合计', '15.00'],
      ]),
      { context: { title: '合并资产负债表', unit: null, continued: false }, labelIndent: () => 3 },
    );
    expect(sheet.figures.map((f) => f.rowPath.length)).toEqual([1, 2, 1, 1]);
  });

  it('reads percent columns and YoY change columns', () => {
    const keyFigures = interpretTable(
      grid([
        ['主要会计数据', '本报告期(1-6月)', '上年同期', '本报告期比上年同期增减(%)'],
        ['营业收入', '100,112,200.00', '158,977,000.00', '-37.02'],
      ]),
      { context: { title: '主要会计数据', unit: { unit: '元', scale: '1', base: 'CNY', currency: '人民币' }, continued: false }, reportPeriodEnd: '2025-06-30' },
    );
    expect(keyFigures.kind).toBe('key_figures');
    const change = keyFigures.figures.find((f) => f.periodKind === 'change');
    expect(change).toMatchObject({ value: '-37.02', percent: true, unit: '%', canonical: '营业收入' });
    expect(keyFigures.figures.find((f) => f.periodKind === 'current')).toMatchObject({ unit: '元', value: '100112200.00' });
  });
});

describe('report period end', () => {
  it.each([
    ['2025-H1', '2025-06-30'],
    ['2018-Q1', '2018-03-31'],
    ['2018-Q3', '2018-09-30'],
    ['2024-FY', '2024-12-31'],
    [null, undefined],
  ])('%s → %s', (period, end) => expect(reportPeriodEnd(period)).toBe(end));
});
