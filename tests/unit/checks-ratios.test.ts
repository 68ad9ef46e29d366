import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { figureRecord } from './figure-fixture';
import { approxDiv, judgeComputed, printed, ratioChecks } from '../../shared/domain/checks/ratios';
import { tableView, type TableView } from '../../shared/domain/checks/table-view';
import type { CheckResult, CheckTable, FilingFigures } from '../../shared/domain/checks/types';
import { canonicalMetric } from '../../shared/domain/metrics';
import { parseNumber } from '../../shared/domain/numbers';
import { parseUnit } from '../../shared/domain/units';

// ---------------------------------------------------------------------------------------
// Builders: a table as printed (header row, label column) → CheckTable + FigureRecords
// ---------------------------------------------------------------------------------------

interface Column {
  header: string;
  periodKind?: 'current' | 'prior' | 'change' | null;
  unit?: string;
}

interface Built {
  table: CheckTable;
  figures: FigureRecord[];
  view: TableView;
}

let nextFigureId = 1;

function build(spec: { id: number; kind?: string; title?: string; unit?: string; columns: Column[]; rows: (string | null)[][] }): Built {
  const cells: CheckTable['cells'][number][] = [];
  const figures: FigureRecord[] = [];
  cells.push({ row: 0, col: 0, text: '项目', valueKind: 'text', isHeader: true });
  spec.columns.forEach((c, i) => cells.push({ row: 0, col: i + 1, text: c.header, valueKind: 'text', isHeader: true }));
  spec.rows.forEach(([label, ...values], r) => {
    const row = r + 1;
    cells.push({ row, col: 0, text: label ?? '', valueKind: 'text', isHeader: false });
    values.forEach((text, i) => {
      if (text === null) return;
      const col = i + 1;
      const column = spec.columns[i]!;
      const parsed = parseNumber(text);
      cells.push({ row, col, text, valueKind: parsed.kind, isHeader: false });
      if (parsed.kind !== 'number') return;
      const percent = parsed.percent || /%/u.test(column.header);
      const unit = percent ? '%' : (column.unit ?? spec.unit ?? null);
      figures.push(figureRecord({
        id: nextFigureId++,
        documentId: 1,
        source: 'table',
        tableId: spec.id,
        cellId: null,
        cellRow: row,
        cellCol: col,
        page: 1,
        box: { x0: 0, y0: 0, x1: 0, y1: 0 },
        metric: label ?? '',
        canonical: canonicalMetric(label ?? ''),
        rowPath: [label ?? ''],
        columnPath: [column.header],
        periodKind: column.periodKind ?? null,
        periodLabel: column.header,
        periodStart: null,
        periodEnd: null,
        value: parsed.value,
        unit,
        scale: percent || unit === null ? null : (parseUnit(unit)?.scale ?? null),
        precision: parsed.precision,
        percent,
        percentagePoints: parsed.percentagePoints,
        direction: null,
        spanStart: null,
        spanEnd: null,
        context: null,
      }));
    });
  });
  const table: CheckTable = { id: spec.id, title: spec.title ?? null, kind: spec.kind ?? 'other', headerRows: 1, unit: spec.unit ?? null, scale: null, cells };
  return { table, figures, view: tableView(table, figures) };
}

function run(...built: Built[]): CheckResult[] {
  const filing: FilingFigures = {
    documentId: 1,
    securityCode: '688316',
    documentType: 'periodic_report',
    reportPeriod: '2025-06-30',
    figures: built.flatMap((b) => b.figures),
    tables: built.map((b) => b.table),
  };
  return ratioChecks(filing, built.map((b) => b.view));
}

function byRow(results: CheckResult[], built: Built, rule: string): Map<string, CheckResult> {
  const labelOf = (r: CheckResult): string => built.figures.find((f) => f.id === r.figureIds[0])?.metric ?? '?';
  return new Map(results.filter((r) => r.rule === rule).map((r) => [labelOf(r), r]));
}

const YOY: Column[] = [
  { header: '本报告期(1-6月)', periodKind: 'current' },
  { header: '上年同期', periodKind: 'prior' },
  { header: '本报告期比上年同期增减(%)', periodKind: 'change' },
];

/** Seed 001 (青云科技 2025 half-year), 主要会计数据, 单位:元. */
function keyFigures(overrides: Record<string, string> = {}): Built {
  const rows: [string, string, string, string][] = [
    ['营业收入', '100,112,205.24', '144,161,398.38', '-30.56'],
    ['利润总额', '-41,403,305.22', '-38,748,167.09', '不适用'],
    ['经营活动产生的现金流量净额', '-26,605,786.81', '11,717,729.26', '-327.06'],
    ['归属于上市公司股东的净资产', '43,634,285.49', '87,114,373.22', '-49.91'],
    ['总资产', '452,746,542.68', '577,055,589.36', '-21.54'],
  ];
  return build({
    id: 10,
    kind: 'key_figures',
    title: '主要会计数据',
    unit: '元',
    columns: YOY,
    rows: rows.map(([label, current, prior, change]) => [label, current, prior, overrides[label] ?? change]),
  });
}

describe('ratio: year-on-year change columns', () => {
  it('recomputes seed 001 key figures: every printed change ties; 不适用 is skipped', () => {
    const built = keyFigures();
    const results = byRow(run(built), built, 'ratio.yoy');
    expect([...results.keys()]).toEqual(['营业收入', '经营活动产生的现金流量净额', '归属于上市公司股东的净资产', '总资产']);
    expect(results.get('营业收入')).toMatchObject({ status: 'pass', expected: '-30.56', actual: '-30.56', difference: '0.00', tolerance: '0.005' });
    expect(results.get('经营活动产生的现金流量净额')).toMatchObject({ status: 'pass', expected: '-327.06' });
    expect([...results.values()].every((r) => r.status === 'pass')).toBe(true);
    expect(results.get('营业收入')!.description.zh).toBe('营业收入同比增减 = (本期 − 上年同期) / |上年同期| × 100');
  });

  it('fails a planted error in the last digit, with the change figure first', () => {
    const built = keyFigures({ 营业收入: '-30.57' });
    const revenue = byRow(run(built), built, 'ratio.yoy').get('营业收入')!;
    expect(revenue).toMatchObject({ status: 'fail', expected: '-30.56', actual: '-30.57', difference: '-0.01', tolerance: '0.005' });
    expect(revenue.figureIds).toHaveLength(3);
  });

  it('reads percentage rows in points: "减少40.33个百分点", and a bare 2.07 on a (%) row', () => {
    const built = build({
      id: 11,
      kind: 'key_figures',
      title: '主要财务指标',
      columns: YOY,
      rows: [
        ['基本每股收益(元/股)', '-0.87', '-0.79', '不适用'],
        ['加权平均净资产收益率(%)', '-63.58', '-23.25', '减少40.33个百分点'],
        ['研发投入占营业收入的比例(%)', '26.57', '24.50', '增加2.07个百分点'],
        ['研发投入总额占营业收入比例(%)', '26.57', '24.50', '2.07'],
        ['扣除非经常性损益后的加权平均净资产收益率(%)', '-64.26', '-23.70', '减少40.65个百分点'],
      ],
    });
    const results = byRow(run(built), built, 'ratio.yoy');
    expect(results.get('加权平均净资产收益率(%)')).toMatchObject({ status: 'pass', expected: '-40.33' });
    expect(results.get('研发投入占营业收入的比例(%)')).toMatchObject({ status: 'pass', expected: '2.07' });
    expect(results.get('研发投入总额占营业收入比例(%)')).toMatchObject({ status: 'pass', expected: '2.07' });
    expect(results.get('扣除非经常性损益后的加权平均净资产收益率(%)')).toMatchObject({ status: 'fail', expected: '-40.56' });
    expect(results.get('加权平均净资产收益率(%)')!.description.en).toContain('(pp) = current − prior');
  });

  it('cannot evaluate against a zero or empty comparison value', () => {
    const built = build({
      id: 12,
      unit: '元',
      columns: YOY,
      rows: [
        ['其他收益', '120.00', '0.00', '100.00'],
        ['投资收益', '50.00', '-', '12.00'],
      ],
    });
    const results = byRow(run(built), built, 'ratio.yoy');
    expect(results.get('其他收益')).toMatchObject({ status: 'cannot_evaluate', expected: null });
    expect(results.get('其他收益')!.reason!.en).toMatch(/zero/);
    expect(results.get('投资收益')).toMatchObject({ status: 'cannot_evaluate' });
    expect(results.get('投资收益')!.reason!.zh).toContain('比较期数为空');
  });

  it('allows the rounding of coarsely printed operands (万元 without decimals)', () => {
    // 3 vs 2 万元 may be 3.4 vs 1.6 (+112.5%) or 2.5 vs 2.4 (+4.2%): 48.00 is a rounding, not an error.
    const built = build({ id: 13, unit: '万元', columns: YOY, rows: [['销售费用', '3', '2', '48.00']] });
    const [result] = run(built);
    expect(result).toMatchObject({ status: 'rounding', expected: '50.00' });
  });

  it('checks amount change columns by subtraction', () => {
    const built = build({
      id: 14,
      unit: '元',
      columns: [...YOY.slice(0, 2), { header: '变动金额', periodKind: 'change', unit: '元' }],
      rows: [
        ['管理费用', '1,200.00', '1,000.00', '200.00'],
        ['研发费用', '1,200.00', '1,000.00', '210.00'],
      ],
    });
    const results = byRow(run(built), built, 'ratio.yoy');
    expect(results.get('管理费用')).toMatchObject({ status: 'pass' });
    expect(results.get('研发费用')).toMatchObject({ status: 'fail', expected: '200.00' });
  });

  it('pairs a change column with the amount columns, not the share columns between them', () => {
    // Seed 001 line 583: 本期期末数 | 占总资产的比例 | 上年期末数 | 占总资产的比例 | 变动比例.
    const built = build({
      id: 15,
      unit: '元',
      columns: [
        { header: '本期期末数', periodKind: 'current' },
        { header: '本期期末数占总资产的比例(%)', periodKind: 'current' },
        { header: '上年期末数', periodKind: 'prior' },
        { header: '上年期末数占总资产的比例(%)', periodKind: 'prior' },
        { header: '本期期末金额较上年期末变动比例(%)', periodKind: 'change' },
      ],
      rows: [['应收账款', '150.00', '33.33', '100.00', '25.00', '50.00']],
    });
    const [result] = run(built).filter((r) => r.rule === 'ratio.yoy');
    expect(result).toMatchObject({ status: 'pass', expected: '50.00' });
    expect(result!.description.zh).toContain('较上年度末增减');
  });
});

describe('ratio: shares of a total', () => {
  /** Seed 001, 教育程度: 合计 prints "--" for its share. */
  function education(master = '20.45'): Built {
    return build({
      id: 20,
      columns: [
        { header: '数量(人)', unit: '人' },
        { header: '比例(%)', unit: '%' },
      ],
      rows: [
        ['博士研究生', '0', '0.00'],
        ['硕士研究生', '27', master],
        ['本科', '93', '70.45'],
        ['专科', '11', '8.33'],
        ['高中及以下', '1', '0.76'],
        ['合计', '132', '--'],
      ],
    });
  }

  it('recomputes each share and sums them to 100 within n half-units (尾数差异)', () => {
    const built = education();
    const results = run(built);
    const shares = byRow(results, built, 'ratio.share');
    expect(shares.size).toBe(5);
    expect([...shares.values()].every((r) => r.status === 'pass')).toBe(true);
    const sum = results.find((r) => r.rule === 'ratio.share_sum')!;
    expect(sum).toMatchObject({ status: 'rounding', expected: '99.99', actual: '100', tolerance: '0.025' });
    expect(sum.description.zh).toContain('= 100');
  });

  it('fails a planted share and the sum it breaks', () => {
    const built = education('21.45');
    const results = run(built);
    expect(byRow(results, built, 'ratio.share').get('硕士研究生')).toMatchObject({ status: 'fail', expected: '20.45', actual: '21.45' });
    expect(results.find((r) => r.rule === 'ratio.share_sum')).toMatchObject({ status: 'fail' });
  });

  it('checks only the sum when the total row prints a share other than 100 (top five of all receivables)', () => {
    const built = build({
      id: 21,
      unit: '元',
      columns: [{ header: '期末余额' }, { header: '占应收账款期末余额合计数的比例(%)' }],
      rows: [
        ['客户一', '500.00', '25.00'],
        ['客户二', '300.00', '15.00'],
        ['合计', '800.00', '40.00'],
      ],
    });
    const results = run(built);
    expect(results.map((r) => r.rule)).toEqual(['ratio.share_sum']);
    expect(results[0]).toMatchObject({ status: 'pass', actual: '40.00' });
  });

  it('leaves provision rates (计提比例) and shares of another base without a total alone', () => {
    const built = build({
      id: 22,
      unit: '元',
      columns: [{ header: '账面余额' }, { header: '坏账准备' }, { header: '计提比例(%)' }, { header: '占总资产的比例(%)' }],
      rows: [
        ['1年以内', '1,000.00', '50.00', '5.00', '1.00'],
        ['1至2年', '500.00', '50.00', '10.00', '0.50'],
      ],
    });
    expect(run(built)).toEqual([]);
  });
});

describe('ratio: gross margin', () => {
  it('recomputes 毛利率 from 营业收入 and 营业成本 columns, row by row', () => {
    const built = build({
      id: 30,
      unit: '元',
      columns: [{ header: '营业收入' }, { header: '营业成本' }, { header: '毛利率(%)' }, { header: '毛利率比上年增减(%)' }],
      rows: [
        ['云产品', '40,000,000.00', '14,784,000.00', '63.04', '减少6.57个百分点'],
        ['云服务', '60,000,000.00', '56,040,000.00', '6.61', '增加7.89个百分点'],
        ['新业务', '0.00', '0.00', '0.00', null],
      ],
    });
    const results = byRow(run(built), built, 'ratio.gross_margin');
    expect(results.get('云产品')).toMatchObject({ status: 'pass', expected: '63.04' });
    expect(results.get('云服务')).toMatchObject({ status: 'fail', expected: '6.60', actual: '6.61' });
    expect(results.get('新业务')).toMatchObject({ status: 'cannot_evaluate' });
  });

  it('recomputes 毛利率 printed as a row under 营业收入 and 营业成本, column by column', () => {
    const built = build({
      id: 31,
      unit: '万元',
      columns: [
        { header: '2024年度', periodKind: 'current' },
        { header: '2023年度', periodKind: 'prior' },
      ],
      rows: [
        ['营业收入', '4,701.21', '7,466.49'],
        ['营业成本', '3,120.55', '5,210.10'],
        ['毛利率(%)', '33.62', '30.22'],
      ],
    });
    const results = run(built).filter((r) => r.rule === 'ratio.gross_margin');
    expect(results.map((r) => [r.status, r.expected])).toEqual([
      ['pass', '33.62'],
      ['pass', '30.22'],
    ]);
  });
});

describe('ratio: keys and arithmetic', () => {
  it('gives every result a stable, unique key', () => {
    const built = [keyFigures(), build({ id: 40, columns: [{ header: '数量(人)', unit: '人' }, { header: '比例(%)' }], rows: [['A', '1', '50.00'], ['B', '1', '50.00'], ['合计', '2', '100.00']] })];
    const first = run(...built).map((r) => r.key);
    expect(run(...built).map((r) => r.key)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toContain('ratio:yoy:t10:r1:c3');
    expect(first).toContain('ratio:share_sum:t40:r3:c2');
  });

  it('divides to 28 significant digits and rounds half up (四舍五入)', () => {
    const third = approxDiv(printed('1', 0), printed('3', 0))!;
    expect(third.value.toString()).toBe('0.3333333333333333333333333333');
    expect(approxDiv(printed('1', 2), printed('0.00', 2))).toBeNull();
    const half = { value: printed('0.125', 3).value, error: printed('0', 28).error };
    expect(judgeComputed(half, { value: '0.13', precision: 2 })).toMatchObject({ status: 'pass', expected: '0.13' });
    expect(judgeComputed({ ...half, value: half.value.neg() }, { value: '-0.13', precision: 2 }).status).toBe('pass');
  });
});
