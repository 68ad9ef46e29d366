import { describe, expect, it } from 'vitest';
import { footTable, isTotalLabel, type FootingRow } from '../../shared/domain/checks/footing';
import { roundingTolerance, tie, tieSum } from '../../shared/domain/checks/tie';

function rows(lines: [string, ...(string | null)[]][]): FootingRow[] {
  return lines.map(([label, ...values], row) => ({
    row,
    label,
    child: false,
    values: new Map(
      values.flatMap((v, col) => (v === null ? [] : [[col, { value: v, precision: v.includes('.') ? v.length - v.indexOf('.') - 1 : 0 }] as const])),
    ),
  }));
}

describe('tie', () => {
  it('passes exact, calls a difference within printed precision rounding, fails beyond', () => {
    expect(tie('100.00', '100.00', '0.01').status).toBe('pass');
    expect(tie('100.00', '100.01', '0.015').status).toBe('rounding');
    expect(tie('100.00', '100.02', '0.015')).toMatchObject({ status: 'fail', difference: '0.02' });
  });

  it('derives the tolerance from n values printed to d decimals', () => {
    expect(roundingTolerance([{ value: '1.5', precision: 1 }, { value: '2.5', precision: 1 }], 1)).toBe('0.1');
    expect(roundingTolerance([{ value: '4701.21', precision: 2 }], 0)).toBe('0.5');
    expect(tieSum([{ value: '0.1', precision: 1 }, { value: '0.2', precision: 1 }], { value: '0.3', precision: 1 }).status).toBe('pass');
  });
});

describe('footing', () => {
  it('recognises totals', () => {
    expect(['流动资产合计', '资产总计', '经营活动现金流入小计', '合计', '负债和所有者权益(或股东权益)总计'].every(isTotalLabel)).toBe(true);
    expect(isTotalLabel('合计数说明')).toBe(false);
  });

  it('foots a balance sheet: sections, subtotals, grand totals, equity with minority interest', () => {
    const sheet = rows([
      ['流动资产:'],
      ['货币资金', '100.00'],
      ['应收账款', '50.00'],
      ['其中:应收利息', '5.00'],
      ['流动资产合计', '150.00'],
      ['非流动资产:'],
      ['固定资产', '30.00'],
      ['非流动资产合计', '30.00'],
      ['资产总计', '180.00'],
      ['流动负债:'],
      ['短期借款', '20.00'],
      ['流动负债合计', '20.00'],
      ['非流动负债:'],
      ['长期借款', '10.00'],
      ['非流动负债合计', '10.00'],
      ['负债合计', '30.00'],
      ['所有者权益:'],
      ['股本', '100.00'],
      ['未分配利润', '40.00'],
      ['归属于母公司所有者权益合计', '140.00'],
      ['少数股东权益', '10.00'],
      ['所有者权益合计', '150.00'],
      ['负债和所有者权益总计', '180.00'],
    ]);
    const results = footTable(sheet, [0]);
    expect(results.map((r) => [sheet[r.totalRow]!.label, r.tie.status, r.basis])).toEqual([
      ['流动资产合计', 'pass', 'block'],
      ['非流动资产合计', 'pass', 'block'],
      ['资产总计', 'pass', 'subtotals'],
      ['流动负债合计', 'pass', 'block'],
      ['非流动负债合计', 'pass', 'block'],
      ['负债合计', 'pass', 'subtotals'],
      ['归属于母公司所有者权益合计', 'pass', 'block'],
      ['所有者权益合计', 'pass', 'section'],
      ['负债和所有者权益总计', 'pass', 'subtotals'],
    ]);
  });

  it('foots a cash-flow section with an inflow and an outflow subtotal', () => {
    const flow = rows([
      ['一、经营活动产生的现金流量:'],
      ['销售商品收到的现金', '80.00'],
      ['收到其他与经营活动有关的现金', '20.00'],
      ['经营活动现金流入小计', '100.00'],
      ['购买商品支付的现金', '60.00'],
      ['经营活动现金流出小计', '60.00'],
    ]);
    expect(footTable(flow, [0]).map((r) => r.tie.status)).toEqual(['pass', 'pass']);
  });

  it('reports a planted error and a rounding difference, column by column', () => {
    const table = rows([
      ['A', '1.11', '10'],
      ['B', '2.22', '20'],
      ['合计', '3.34', '32'],
    ]);
    const [first, second] = footTable(table, [0, 1]);
    expect(first).toMatchObject({ column: 0, tie: { status: 'rounding', expected: '3.33', difference: '0.01' } });
    expect(second).toMatchObject({ column: 1, addendRows: [0, 1], tie: { status: 'fail', expected: '30', actual: '32' } });
  });

  it('reads components from their values: a line followed by lines that add up to it', () => {
    const table = rows([
      ['按单项计提坏账准备', '42.00'],
      ['其中:'],
      ['按组合计提坏账准备', '1107.00'],
      ['其中:'],
      ['账龄组合', '1107.00'],
      ['一、不能重分类进损益的其他综合收益', '5.00'],
      ['其他权益工具投资公允价值变动', '2.00'],
      ['外币财务报表折算差额', '3.00'],
      ['合计', '1154.00'],
    ]);
    const [total] = footTable(table, [0]);
    expect(total).toMatchObject({ tie: { status: 'pass' }, addendRows: [0, 2, 5] });
  });

  it('does not foot a total whose rows print nothing', () => {
    expect(footTable(rows([['报告期内担保发生额'], ['合计', '30000000.00']]), [0])).toEqual([]);
    expect(footTable(rows([['筹资活动流出', null], ['筹资活动现金流出小计', '0.00']]), [0])[0]!.tie.status).toBe('pass');
  });

  it('reads a net line under its parts, past a 其中 line', () => {
    const table = rows([
      ['利息支出', '6767573.19'],
      ['其中:租赁负债利息支出', '130058.65'],
      ['减:利息收入', '578849.00'],
      ['利息净支出', '6188724.19'],
      ['汇兑损益', '-267357.25'],
      ['银行手续费', '77416.60'],
      ['合计', '5998783.54'],
    ]);
    expect(footTable(table, [0])[0]).toMatchObject({ tie: { status: 'pass' }, addendRows: [3, 4, 5] });
  });
});
