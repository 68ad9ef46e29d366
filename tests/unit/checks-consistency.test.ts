import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { consistencyChecks, tieAcrossUnits } from '../../shared/domain/checks/consistency';
import { tableView, type TableView } from '../../shared/domain/checks/table-view';
import type { CheckResult, CheckTable, FilingFigures } from '../../shared/domain/checks/types';
import { canonicalMetric } from '../../shared/domain/metrics';
import { parseNumber } from '../../shared/domain/numbers';
import { parseUnit } from '../../shared/domain/units';
import { blankFigure as emptyFigure, figureRecord } from './figure-fixture';

// ---------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------

interface Column {
  header: string;
  periodKind?: 'current' | 'prior' | 'change';
  periodStart?: string;
  periodEnd?: string;
}

interface Built {
  table: CheckTable;
  figures: FigureRecord[];
  view: TableView;
}

let nextId = 1;

function baseFigure(): ReturnType<typeof emptyFigure> {
  return emptyFigure();
}

function build(spec: { id: number; kind: string; title: string; unit: string; columns: Column[]; rows: string[][] }): Built {
  const cells: CheckTable['cells'][number][] = [{ row: 0, col: 0, text: '项目', valueKind: 'text', isHeader: true }];
  spec.columns.forEach((c, i) => cells.push({ row: 0, col: i + 1, text: c.header, valueKind: 'text', isHeader: true }));
  const figures: FigureRecord[] = [];
  spec.rows.forEach(([label = '', ...values], r) => {
    const row = r + 1;
    cells.push({ row, col: 0, text: label, valueKind: 'text', isHeader: false });
    values.forEach((text, i) => {
      const column = spec.columns[i]!;
      const parsed = parseNumber(text);
      cells.push({ row, col: i + 1, text, valueKind: parsed.kind, isHeader: false });
      if (parsed.kind !== 'number') return;
      const percent = parsed.percent || /%/u.test(column.header);
      figures.push(figureRecord({
        ...baseFigure(),
        id: nextId++,
        tableId: spec.id,
        cellRow: row,
        cellCol: i + 1,
        metric: label,
        canonical: canonicalMetric(label),
        rowPath: [label],
        columnPath: [column.header],
        periodKind: column.periodKind ?? null,
        periodLabel: column.header,
        periodStart: column.periodStart ?? null,
        periodEnd: column.periodEnd ?? null,
        value: parsed.value,
        precision: parsed.precision,
        unit: percent ? '%' : spec.unit,
        scale: percent ? null : (parseUnit(spec.unit)?.scale ?? null),
        percent,
        percentagePoints: parsed.percentagePoints,
      }));
    });
  });
  const table: CheckTable = { id: spec.id, title: spec.title, kind: spec.kind, headerRows: 1, unit: spec.unit, scale: null, cells };
  return { table, figures, view: tableView(table, figures) };
}

function narrative(
  metric: string,
  printed: string,
  extra: Partial<Pick<FigureRecord, 'periodKind' | 'direction' | 'context' | 'page' | 'spanStart'>> = {},
): FigureRecord {
  const parsed = parseNumber(printed);
  if (parsed.kind !== 'number') throw new Error(`not a number: ${printed}`);
  const spanStart = extra.spanStart ?? nextId * 10;
  return figureRecord({
    ...baseFigure(),
    id: nextId++,
    source: 'text',
    metric,
    canonical: canonicalMetric(metric),
    value: parsed.value,
    precision: parsed.precision,
    unit: parsed.percent ? '%' : parsed.percentagePoints ? '个百分点' : parsed.inlineUnit,
    percent: parsed.percent,
    percentagePoints: parsed.percentagePoints,
    spanStart,
    spanEnd: spanStart + printed.length,
    ...extra,
  });
}

function run(built: readonly Built[], texts: readonly FigureRecord[] = []): CheckResult[] {
  const filing: FilingFigures = {
    documentId: 1,
    securityCode: '688316',
    documentType: 'periodic_report',
    reportPeriod: '2025-06-30',
    figures: [...built.flatMap((b) => b.figures), ...texts],
    tables: built.map((b) => b.table),
  };
  return consistencyChecks(filing, built.map((b) => b.view));
}

// ---------------------------------------------------------------------------------------
// Seed 001 (青云科技 2025 half-year): key figures and statements
// ---------------------------------------------------------------------------------------

const H1 = { periodStart: '2025-01-01', periodEnd: '2025-06-30' };
const H1_PRIOR = { periodStart: '2024-01-01', periodEnd: '2024-06-30' };

/** Seed 001 key figures, with the balance line of the second block (本报告期末 | 上年度末). */
function keyFigures(unit = '元', revenue = '100,112,205.24', totalAssets = '452,746,542.68'): Built {
  const flows = { header: '本报告期(1-6月)', periodKind: 'current' as const, ...H1 };
  const built = build({
    id: 1,
    kind: 'key_figures',
    title: '主要会计数据',
    unit,
    columns: [flows, { header: '上年同期', periodKind: 'prior', ...H1_PRIOR }, { header: '本报告期比上年同期增减(%)', periodKind: 'change' }],
    rows: [
      ['营业收入', revenue, '144,161,398.38', '-30.56'],
      ['加权平均净资产收益率(%)', '-63.58', '-23.25', '减少40.33个百分点'],
      ['总资产', totalAssets, '577,055,589.36', '-21.54'],
    ],
  });
  // The balance line's columns are 本报告期末 | 上年度末: instants, no period start.
  for (const figure of built.figures.filter((f) => f.metric === '总资产')) {
    figure.periodStart = null;
    figure.periodEnd = figure.periodKind === 'current' ? '2025-06-30' : figure.periodKind === 'prior' ? '2024-12-31' : null;
  }
  return { ...built, view: tableView(built.table, built.figures) };
}

function incomeStatement(id: number, title: string, revenue: string): Built {
  return build({
    id,
    kind: 'income_statement',
    title,
    unit: '元',
    columns: [
      { header: '2025年半年度', periodKind: 'current', ...H1 },
      { header: '2024年半年度', periodKind: 'prior', ...H1_PRIOR },
    ],
    rows: [['一、营业总收入', revenue, '144,161,398.38'], ['其中:营业收入', revenue, '144,161,398.38']],
  });
}

function balanceSheet(totalAssets = '452,746,542.68'): Built {
  return build({
    id: 4,
    kind: 'balance_sheet',
    title: '合并资产负债表',
    unit: '元',
    columns: [
      { header: '2025年6月30日', periodKind: 'current', periodEnd: '2025-06-30' },
      { header: '2024年12月31日', periodKind: 'prior', periodEnd: '2024-12-31' },
    ],
    rows: [['资产总计', totalAssets, '577,055,589.36']],
  });
}

function statements(): Built[] {
  return [incomeStatement(3, '母公司利润表', '90,000,000.00'), incomeStatement(2, '合并利润表', '100,112,205.24'), balanceSheet()];
}

describe('consistency: key figures against the consolidated statements', () => {
  it('ties each key figure to the 合并 statement, not the parent company (母公司)', () => {
    const results = run([keyFigures(), ...statements()]).filter((r) => r.rule === 'consistency.key_vs_statement');
    expect(results.map((r) => [r.description.en.split(' (')[0], r.status])).toEqual([
      ['Key figure 营业收入', 'pass'],
      ['Key figure 营业收入', 'pass'],
      ['Key figure 资产总计', 'pass'],
      ['Key figure 资产总计', 'pass'],
    ]);
  });

  it('fails a planted mismatch', () => {
    const results = run([keyFigures('元', '100,112,250.24'), ...statements()]);
    const revenue = results.find((r) => r.rule === 'consistency.key_vs_statement' && r.status === 'fail');
    expect(revenue).toMatchObject({ expected: '100112205.24', actual: '100112250.24', difference: '45.00', tolerance: '0.005' });
  });

  it('converts units exactly and allows half a unit of the coarser precision (万元 vs 元)', () => {
    const results = run([keyFigures('万元', '10,011.22', '45,274.65'), ...statements()]).filter((r) => r.rule === 'consistency.key_vs_statement');
    const current = results.filter((r) => r.description.zh.includes('本报告期'));
    expect(current.map((r) => [r.status, r.expected])).toEqual([
      ['rounding', '10011.220524'],
      ['rounding', '45274.654268'],
    ]);
    expect(current[0]!.tolerance).toBe('0.005');
  });
});

describe('consistency: narrative against tables', () => {
  it('ties a narrative amount in 万元 to the key figure in 元 (seed 004 style)', () => {
    const text = narrative('营业收入', '10,011.22万元');
    const [result] = run([keyFigures(), ...statements()], [text]).filter((r) => r.rule === 'consistency.text_vs_table');
    expect(result).toMatchObject({ status: 'rounding', expected: '10011.220524', actual: '10011.22', tolerance: '0.005' });
    expect(result!.figureIds[0]).toBe(text.id);
  });

  it('fails a narrative amount that matches no period, and leaves one quoting the prior year alone', () => {
    const wrong = narrative('营业收入', '10,021.22万元');
    const prior = narrative('营业收入', '14,416.14万元');
    const results = run([keyFigures(), ...statements()], [wrong, prior]).filter((r) => r.rule === 'consistency.text_vs_table');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'fail', figureIds: [wrong.id, expect.any(Number)] });
  });

  it('skips percentages, prior-period values and amounts without a canonical metric', () => {
    const texts = [narrative('营业收入', '100.00%'), narrative('营业收入', '14,416.14万元', { periodKind: 'prior' }), narrative('预计金额', '20,000,000.00元')];
    expect(run([keyFigures(), ...statements()], texts).filter((r) => r.rule === 'consistency.text_vs_table')).toEqual([]);
  });

  it('ties a narrative YoY change to the key-figures change column, signed by its direction', () => {
    const down = narrative('营业收入', '30.56%', { periodKind: 'change', direction: 'decrease' });
    const up = narrative('营业收入', '30.56%', { periodKind: 'change', direction: 'increase' });
    const points = narrative('加权平均净资产收益率', '40.33个百分点', { periodKind: 'change', direction: 'decrease' });
    const results = run([keyFigures()], [down, up, points]).filter((r) => r.rule === 'consistency.text_change_vs_table');
    expect(results.map((r) => [r.figureIds[0], r.status, r.actual])).toEqual([
      [down.id, 'pass', '-30.56'],
      [up.id, 'fail', '30.56'],
      [points.id, 'pass', '-40.33'],
    ]);
    expect(results[0]!.reason!.en).toContain('negative');
  });

  it('compares across units with the coarser precision, and refuses units it cannot convert', () => {
    const yuan = figureRecord({ ...baseFigure(), id: 900, metric: 'a', value: '47012100.00', precision: 2, unit: '元', scale: '1' });
    const wan = { ...yuan, id: 901, value: '4701.21', unit: '万元', scale: '10000' };
    expect(tieAcrossUnits(yuan, wan, false)).toMatchObject({ status: 'pass', expected: '47012100.00', tolerance: '50' });
    expect(tieAcrossUnits({ ...yuan, value: '47012149.99' }, wan, false)).toMatchObject({ status: 'rounding' });
    expect(tieAcrossUnits({ ...yuan, unit: null, scale: null }, wan, false)).toHaveProperty('reason');
    expect(tieAcrossUnits({ ...yuan, unit: '美元', scale: null }, wan, false)).toHaveProperty('reason');
  });
});

// ---------------------------------------------------------------------------------------
// Seed 000 (清众科技): related-party rows as the sum of the amounts the text lists
// ---------------------------------------------------------------------------------------

function relatedParty(): Built {
  return build({
    id: 20,
    kind: 'related_party',
    title: '日常性关联交易预计情况',
    unit: '元',
    columns: [
      { header: '主要交易内容' },
      { header: '预计2026年发生金额', periodKind: 'current' },
      { header: '(2025)年年初至披露日与关联方实际发生金额', periodKind: 'prior' },
    ],
    rows: [
      ['购买原材料、燃料和动力、接受劳务', '公司拟向阿里云计算有限公司等阿里系公司采购软件产品', '50,000,000.00', '24,420,462.36'],
      ['销售产品、商品、提供劳务', '公司拟向阿里云计算有限公司等阿里系公司销售软件产品', '40,000,000.00', '2,180,757.69'],
      ['委托关联方销售产品、商品', '-', '-', '-'],
      ['其他', '公司承租关联方车辆。', '250,000.00', '0.00'],
      ['合计', '-', '90,250,000.00', '26,601,220.05'],
    ],
  });
}

function statedAmounts(second = '20,000,000.00元'): FigureRecord[] {
  return [
    narrative('预计金额', '50,000,000.00元', { page: 1, spanStart: 100 }),
    narrative('预计金额', second, { page: 1, spanStart: 200 }),
    narrative('预计金额', '20,000,000.00元', { page: 1, spanStart: 300 }),
    narrative('预计金额', '250,000.00元', { page: 2, spanStart: 10 }),
    narrative('出资', '600万元', { page: 3, spanStart: 10 }),
  ];
}

describe('consistency: related-party rows and the amounts stated in the text', () => {
  it('ties the 40,000,000.00 row to the two 20,000,000.00 amounts, and the others to one each', () => {
    const table = relatedParty();
    const texts = statedAmounts();
    const results = run([table], texts).filter((r) => r.rule === 'consistency.text_parts_vs_row');
    expect(results.map((r) => [r.actual, r.status, r.figureIds.length - 1])).toEqual([
      ['50000000.00', 'pass', 1],
      ['40000000.00', 'pass', 2],
      ['250000.00', 'pass', 1],
    ]);
    expect(results[1]!.figureIds.slice(1)).toEqual([texts[1]!.id, texts[2]!.id]);
  });

  it('flags a near miss (a likely typo) only in a column the text evidently restates', () => {
    const results = run([relatedParty()], statedAmounts('19,000,000.00元')).filter((r) => r.rule === 'consistency.text_parts_vs_row');
    expect(results.map((r) => [r.actual, r.status, r.expected])).toEqual([
      ['50000000.00', 'pass', '50000000.00'],
      ['40000000.00', 'fail', '39000000.00'],
      ['250000.00', 'pass', '250000.00'],
    ]);
    expect(results[1]!.reason!.zh).toContain('笔误');
  });

  it('says nothing when the text restates no row exactly', () => {
    const texts = [narrative('预计金额', '49,000,000.00元'), narrative('预计金额', '240,000.00元')];
    expect(run([relatedParty()], texts).filter((r) => r.rule === 'consistency.text_parts_vs_row')).toEqual([]);
  });

  it('keys results stably by figure ids', () => {
    const built = [relatedParty(), keyFigures(), ...statements()];
    const texts = [...statedAmounts(), narrative('营业收入', '10,011.22万元')];
    const keys = run(built, texts).map((r) => r.key);
    expect(run(built, texts).map((r) => r.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^consistency:[a-z_]+:[\d-]+$/u.test(k))).toBe(true);
  });
});
