import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { figureRecord } from './figure-fixture';
import { runChecksInvolving, runFilingChecks } from '../../shared/domain/checks/run';
import { identityChecks, rollForwardChecks } from '../../shared/domain/checks/statement-checks';
import { tableView } from '../../shared/domain/checks/table-view';
import type { CheckTable, FilingFigures } from '../../shared/domain/checks/types';

let nextId = 1;
/** A table of label + value columns; null is an empty marker ("-"). */
function table(id: number, kind: string, headers: string[], rows: [string, ...(string | null)[]][]): { table: CheckTable; figures: FigureRecord[] } {
  const cells: CheckTable['cells'][number][] = headers.map((text, col) => ({ row: 0, col, text, valueKind: 'text', isHeader: true }));
  const figures: FigureRecord[] = [];
  rows.forEach(([label, ...values], index) => {
    const row = index + 1;
    cells.push({ row, col: 0, text: label, valueKind: 'text', isHeader: false });
    values.forEach((value, i) => {
      const col = i + 1;
      cells.push({ row, col, text: value ?? '-', valueKind: value === null ? 'empty' : 'number', isHeader: false });
      if (value === null) return;
      figures.push(figureRecord({
        id: nextId++, documentId: 1, source: 'table', tableId: id, cellId: null, cellRow: row, cellCol: col, page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 },
        metric: label, canonical: label, rowPath: [label], columnPath: [headers[col]!], periodKind: 'current', periodLabel: null, periodStart: null, periodEnd: null,
        value, unit: '元', scale: '1', precision: value.includes('.') ? value.length - value.indexOf('.') - 1 : 0, percent: false, percentagePoints: false,
        direction: null, spanStart: null, spanEnd: null, context: null,
      }));
    });
  });
  return { table: { id, title: null, kind, headerRows: 1, unit: '元', scale: '1', cells }, figures };
}

describe('statement identities', () => {
  it('ties a balance sheet and names a planted error', () => {
    const { table: t, figures } = table(1, 'balance_sheet', ['项目', '期末', '期初'], [
      ['流动资产合计', '100.00', '90.00'],
      ['非流动资产合计', '50.00', '40.00'],
      ['资产总计', '150.00', '130.00'],
      ['流动负债合计', '30.00', '20.00'],
      ['非流动负债合计', null, null],
      ['负债合计', '30.00', '20.00'],
      ['所有者权益合计', '120.00', '111.00'],
      ['负债和所有者权益总计', '150.00', '130.00'],
    ]);
    const results = identityChecks(tableView(t, figures));
    const byRule = (rule: string, col: number) => results.find((r) => r.rule === rule && r.key.endsWith(`:${col}`))!;
    expect(byRule('identity.assets', 1)).toMatchObject({ status: 'pass', expected: '150.00', actual: '150.00' });
    expect(byRule('identity.assets', 2)).toMatchObject({ status: 'fail', expected: '131.00', actual: '130.00', difference: '-1.00' });
    expect(byRule('identity.liabilities_split', 1).status).toBe('pass'); // "-" reads as nil
    expect(byRule('identity.assets', 2).figureIds).toHaveLength(3);
  });

  it('skips identities whose parts a table does not print, and says when one part is missing', () => {
    const parent = table(2, 'income_statement', ['项目', '本期'], [['利润总额', '10.00'], ['所得税费用', '2.00'], ['净利润', '8.00']]);
    const results = identityChecks(tableView(parent.table, parent.figures));
    expect(results.map((r) => [r.rule, r.status])).toEqual([['identity.net_profit', 'pass']]);
    const broken = table(3, 'cash_flow', ['项目', '本期'], [['经营活动产生的现金流量净额', '5.00'], ['筹资活动产生的现金流量净额', '1.00'], ['现金及现金等价物净增加额', '5.00']]);
    const cash = identityChecks(tableView(broken.table, broken.figures));
    expect(cash[0]).toMatchObject({ status: 'cannot_evaluate', reason: { en: expect.stringContaining('投资活动产生的现金流量净额') } });
    // A note that repeats one line of the statement is not the statement.
    const note = table(6, 'cash_flow', ['项目', '本期'], [['经营活动产生的现金流量净额', '5.00'], ['现金及现金等价物净增加额', '5.00']]);
    expect(identityChecks(tableView(note.table, note.figures))).toEqual([]);
  });
});

describe('roll-forward', () => {
  it('checks opening + increases − decreases = closing per row', () => {
    const { table: t, figures } = table(4, 'other', ['项目', '期初余额', '本期增加', '本期摊销', '期末余额'], [
      ['装修费', '100.00', '20.00', '30.00', '90.00'],
      ['服务费', '50.00', null, '10.00', '41.00'],
    ]);
    const results = rollForwardChecks(tableView(t, figures));
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(results[1]).toMatchObject({ expected: '40.00', actual: '41.00' });
  });
});

describe('runFilingChecks', () => {
  it('reports each check once, failures first', () => {
    const bs = table(5, 'balance_sheet', ['项目', '期末'], [['流动资产合计', '1.00'], ['非流动资产合计', '1.00'], ['资产总计', '3.00']]);
    const filing: FilingFigures = { documentId: 1, securityCode: null, documentType: 'other', reportPeriod: null, figures: bs.figures, tables: [bs.table] };
    const results = runFilingChecks(filing);
    expect(results[0]!.status).toBe('fail');
    expect(new Set(results.map((r) => r.key)).size).toBe(results.length);
  });
});

describe('runChecksInvolving', () => {
  it('re-runs exactly the checks that read a changed figure', () => {
    const bs = table(7, 'balance_sheet', ['项目', '期末'], [['货币资金', '1.00'], ['存货', '2.00'], ['流动资产合计', '3.00'], ['非流动资产合计', '4.00'], ['资产总计', '7.00']]);
    const filing: FilingFigures = { documentId: 1, securityCode: null, documentType: 'other', reportPeriod: null, figures: bs.figures, tables: [bs.table] };
    const cash = bs.figures.find((f) => f.metric === '货币资金')!;
    const all = runFilingChecks(filing);
    const again = runChecksInvolving(filing, [cash.id]);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((r) => r.figureIds.includes(cash.id))).toBe(true);
    expect(again.map((r) => r.key).sort()).toEqual(all.filter((r) => r.figureIds.includes(cash.id)).map((r) => r.key).sort());
  });
});
