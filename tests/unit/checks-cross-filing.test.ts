import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { figureRecord } from './figure-fixture';
import { crossFilingChecks } from '../../shared/domain/checks/cross-filing';
import type { CheckTable, FilingFigures } from '../../shared/domain/checks/types';
import { canonicalMetric } from '../../shared/domain/metrics';
import { parseNumber } from '../../shared/domain/numbers';
import { parseUnit } from '../../shared/domain/units';

// ---------------------------------------------------------------------------------------
// Builders: filings as lists of (table, metric, period, printed value)
// ---------------------------------------------------------------------------------------

let nextId = 1;

interface Line {
  table: number;
  metric: string;
  printed: string;
  unit: string;
  periodEnd: string;
  periodStart?: string;
  periodKind?: 'current' | 'prior' | 'change';
}

function figure(documentId: number, line: Line): FigureRecord {
  const parsed = parseNumber(line.printed);
  if (parsed.kind !== 'number') throw new Error(line.printed);
  return figureRecord({
    id: nextId++,
    documentId,
    source: 'table',
    tableId: line.table,
    cellId: null,
    cellRow: 1,
    cellCol: 1,
    page: 1,
    box: { x0: 0, y0: 0, x1: 0, y1: 0 },
    metric: line.metric,
    canonical: canonicalMetric(line.metric),
    rowPath: [line.metric],
    columnPath: [],
    periodKind: line.periodKind ?? 'current',
    periodLabel: null,
    periodStart: line.periodStart ?? null,
    periodEnd: line.periodEnd,
    value: parsed.value,
    unit: line.unit,
    scale: parseUnit(line.unit)?.scale ?? null,
    precision: parsed.precision,
    percent: false,
    percentagePoints: false,
    direction: null,
    spanStart: null,
    spanEnd: null,
    context: null,
  });
}

function filing(spec: { documentId: number; code: string | null; type: string; tables: [number, string, string][]; lines: Line[] }): FilingFigures {
  const tables: CheckTable[] = spec.tables.map(([id, kind, title]) => ({ id, kind, title, headerRows: 1, unit: null, scale: null, cells: [] }));
  return {
    documentId: spec.documentId,
    securityCode: spec.code,
    documentType: spec.type,
    reportPeriod: null,
    figures: spec.lines.map((line) => figure(spec.documentId, line)),
    tables,
  };
}

/** Seed 001: the 2025 half-year report prints 2024-12-31 as its balance sheet's prior column (元). */
function halfYear(totalAssets = '577,055,589.36'): FilingFigures {
  return filing({
    documentId: 1,
    code: '688316',
    type: 'periodic_report',
    tables: [
      [11, 'key_figures', '主要会计数据'],
      [12, 'balance_sheet', '合并资产负债表'],
      [13, 'balance_sheet', '母公司资产负债表'],
    ],
    lines: [
      { table: 11, metric: '总资产', printed: totalAssets, unit: '元', periodEnd: '2024-12-31', periodKind: 'prior' },
      { table: 12, metric: '资产总计', printed: totalAssets, unit: '元', periodEnd: '2024-12-31', periodKind: 'prior' },
      { table: 13, metric: '资产总计', printed: '499,000,000.00', unit: '元', periodEnd: '2024-12-31', periodKind: 'prior' },
      { table: 12, metric: '资产总计', printed: '452,746,542.68', unit: '元', periodEnd: '2025-06-30' },
    ],
  });
}

/** Seed 004: the inquiry reply on the 2024 annual report, tables in 万元. */
function inquiryReply(code: string | null = '688316'): FilingFigures {
  return filing({
    documentId: 2,
    code,
    type: 'inquiry_reply',
    tables: [[21, 'other', '主要财务数据']],
    lines: [
      { table: 21, metric: '资产总计', printed: '57,705.56', unit: '万元', periodEnd: '2024-12-31' },
      { table: 21, metric: '营业收入', printed: '4,701.21', unit: '万元', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    ],
  });
}

describe('cross-filing', () => {
  it('ties total assets at 2024-12-31 across 元 and 万元, once per pair, from the consolidated statement', () => {
    const report = halfYear();
    const reply = inquiryReply();
    const results = crossFilingChecks(reply, [report]);
    expect(results).toHaveLength(1);
    const [result] = results;
    const statementLine = report.figures[1]!;
    const replyLine = reply.figures[0]!;
    expect(result).toMatchObject({
      family: 'cross_filing',
      status: 'rounding',
      expected: '57705.558936',
      actual: '57705.56',
      tolerance: '0.005',
      figureIds: [replyLine.id, statementLine.id],
      key: `cross_filing:same_figure:${Math.min(replyLine.id, statementLine.id)}-${Math.max(replyLine.id, statementLine.id)}`,
    });
  });

  it('gives the same key from either side', () => {
    const report = halfYear();
    const reply = inquiryReply();
    expect(crossFilingChecks(report, [reply]).map((r) => r.key)).toEqual(crossFilingChecks(reply, [report]).map((r) => r.key));
    expect(crossFilingChecks(report, [reply])[0]!.expected).toBe('577055600.00');
  });

  it('fails a mismatch beyond the coarser precision', () => {
    const [result] = crossFilingChecks(inquiryReply(), [halfYear('577,155,589.36')]);
    expect(result).toMatchObject({ status: 'fail', expected: '57715.558936' });
  });

  it('compares only filings of the same security, and never a filing with itself', () => {
    expect(crossFilingChecks(inquiryReply('000001'), [halfYear()])).toEqual([]);
    expect(crossFilingChecks(inquiryReply(null), [halfYear()])).toEqual([]);
    const reply = inquiryReply();
    expect(crossFilingChecks(reply, [reply])).toEqual([]);
  });

  it('needs the same period: the fourth quarter does not meet the year ending on the same date', () => {
    const report = filing({
      documentId: 3,
      code: '688316',
      type: 'annual_report',
      tables: [[31, 'income_statement', '合并利润表']],
      lines: [
        { table: 31, metric: '营业收入', printed: '47,012,100.00', unit: '元', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
        { table: 31, metric: '营业收入', printed: '12,000,000.00', unit: '元', periodStart: '2024-10-01', periodEnd: '2024-12-31' },
      ],
    });
    const results = crossFilingChecks(inquiryReply(), [report]);
    expect(results.map((r) => [r.status, r.actual])).toEqual([['pass', '4701.21']]);
  });

  it('cannot evaluate figures whose units cannot be converted', () => {
    const reply = inquiryReply();
    const usd = { ...halfYear(), figures: halfYear().figures.map((f) => ({ ...f, unit: '美元', scale: '1' })) };
    const [result] = crossFilingChecks(reply, [usd]);
    expect(result).toMatchObject({ status: 'cannot_evaluate', expected: null });
    expect(result!.reason!.zh).toContain('单位');
  });
});
