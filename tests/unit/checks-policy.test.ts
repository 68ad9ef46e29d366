import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { counterpartyOf, policyChecks, statedApproval, type PolicyContext } from '../../shared/domain/checks/policy';
import { POLICY_SEED_002 } from '../../shared/domain/checks/policy-rules';
import { tableView } from '../../shared/domain/checks/table-view';
import type { CheckResult, CheckTable, FilingFigures } from '../../shared/domain/checks/types';
import { parseNumber } from '../../shared/domain/numbers';
import { blankFigure as emptyFigure, figureRecord } from './figure-fixture';

// ---------------------------------------------------------------------------------------
// Builders: a related-party table (类别 | 主要交易内容 | 预计金额 | 上年实际) and narrative amounts
// ---------------------------------------------------------------------------------------

let nextId = 1;

function blankFigure(): ReturnType<typeof emptyFigure> {
  return emptyFigure({ unit: '元', scale: '1' });
}

const HEADERS = ['关联交易类别', '主要交易内容', '预计2026年发生金额', '(2025)年年初至披露日与关联方实际发生金额'];

function filing(rows: string[][], narratives: FigureRecord[] = []): { filing: FilingFigures; run: (context: PolicyContext) => CheckResult[] } {
  const cells: CheckTable['cells'][number][] = HEADERS.map((text, col) => ({ row: 0, col, text, valueKind: 'text' as const, isHeader: true }));
  const figures: FigureRecord[] = [];
  rows.forEach((values, r) => {
    values.forEach((text, col) => {
      const parsed = parseNumber(text);
      const kind = col < 2 ? 'text' : parsed.kind;
      cells.push({ row: r + 1, col, text, valueKind: kind, isHeader: false });
      if (col < 2 || parsed.kind !== 'number') return;
      figures.push(figureRecord({
        ...blankFigure(),
        id: nextId++,
        tableId: 5,
        cellRow: r + 1,
        cellCol: col,
        metric: values[0] ?? '',
        rowPath: [values[0] ?? ''],
        columnPath: [HEADERS[col]!],
        value: parsed.value,
        precision: parsed.precision,
      }));
    });
  });
  const table: CheckTable = { id: 5, title: '日常性关联交易预计情况', kind: 'related_party', headerRows: 1, unit: '元', scale: '1', cells };
  const result: FilingFigures = {
    documentId: 1,
    securityCode: '834045',
    documentType: 'announcement',
    reportPeriod: null,
    figures: [...figures, ...narratives],
    tables: [table],
  };
  const views = [tableView(table, figures)];
  return { filing: result, run: (context) => policyChecks(result, views, POLICY_SEED_002, context) };
}

function narrative(printed: string, context: string): FigureRecord {
  const parsed = parseNumber(printed);
  if (parsed.kind !== 'number') throw new Error(printed);
  return figureRecord({ ...blankFigure(), id: nextId++, source: 'text', metric: '预计金额', value: parsed.value, precision: parsed.precision, unit: parsed.inlineUnit, context });
}

/** Seed 000 (清众科技), 2026 expected daily related-party transactions. */
const SEED_000_ROWS = [
  ['购买原材料、燃料和动力、接受劳务', '公司拟向阿里云计算有限公司、阿里巴巴云计算（北京）有限公司等阿里系公司采购软件产品', '50,000,000.00', '24,420,462.36'],
  ['销售产品、商品、提供劳务', '公司拟向山西省物联网行业技术中心（有限公司）等销售软件产品', '40,000,000.00', '2,180,757.69'],
  ['委托关联方销售产品、商品', '-', '-', '-'],
  ['其他', '公司承租关联方车辆。', '250,000.00', '0.00'],
  ['合计', '-', '90,250,000.00', '26,601,220.05'],
];

const SEED_000_APPROVAL = `二、 审议情况
2026年4月27日，公司召开第四届董事会第十三次会议。
1. 会议审议通过了《关于审议公司与阿里系关联法人预计2026年日常性关联交易的议案》。
本议案需提交股东会审议。`;

const BOARD_ONLY = `2026年4月27日，公司召开第四届董事会第十三次会议。
1. 会议审议通过了《关于预计2026年日常性关联交易的议案》。`;

const CARS = narrative('250,000.00元', '预计 2026 年公司将继续承租董事长王庆生、副董事长郝奇杰个人车辆……预计金额：250,000.00 元。');

describe('policy: seed 002 tiers applied to seed 000 amounts', () => {
  it('passes every amount when the filing puts it to the shareholders’ meeting, even without total assets', () => {
    const results = filing(SEED_000_ROWS).run({ filingText: SEED_000_APPROVAL });
    expect(results.map((r) => [r.actual, r.status])).toEqual([
      ['50000000.00', 'pass'],
      ['40000000.00', 'pass'],
      ['250000.00', 'pass'],
      ['90250000.00', 'pass'],
    ]);
    expect(results[0]!.reason!.zh).toContain('待审议');
    expect(results[0]!.reason!.zh).toContain('关联法人');
    expect(results[2]!.reason!.en).toContain('evaluated as both');
  });

  it('fails amounts that need the meeting when the board alone approved them', () => {
    const results = filing(SEED_000_ROWS, [CARS]).run({ filingText: BOARD_ONLY, latestAuditedTotalAssets: '500,000,000.00' });
    expect(results.map((r) => [r.actual, r.status])).toEqual([
      ['50000000.00', 'fail'],
      ['40000000.00', 'fail'],
      ['250000.00', 'pass'],
      ['90250000.00', 'fail'],
    ]);
    expect(results[0]!.description.zh).toBe('关联交易「购买原材料、燃料和动力、接受劳务」50,000,000.00元须经股东会审议');
    expect(results[0]!.reason!.zh).toContain('第17.3条');
    expect(results[2]!.reason!.zh).toContain('关联自然人');
  });

  it('cannot evaluate when the answer turns on the total assets it was not given', () => {
    const [first] = filing(SEED_000_ROWS).run({ filingText: BOARD_ONLY });
    expect(first).toMatchObject({ status: 'cannot_evaluate' });
    expect(first!.description.zh).toContain('董事长至股东会');
    expect(first!.reason!.en).toContain('total assets are needed');
  });

  it('applies the 0.5% share for legal persons: 5,000,000 元 is the chairman’s at 2 billion, the board’s at 500 million', () => {
    const rows = [['采购', '向某某有限公司采购', '5,000,000.00', '0.00']];
    const big = filing(rows).run({ filingText: BOARD_ONLY, latestAuditedTotalAssets: '2000000000' });
    expect(big[0]!.description.zh).toContain('须经董事长审议');
    const small = filing(rows).run({ filingText: '该关联交易经董事长审批通过。', latestAuditedTotalAssets: '500000000' });
    expect(small[0]).toMatchObject({ status: 'fail' });
    expect(small[0]!.reason!.zh).toContain('第17.2条');
  });

  it('sends natural persons above 500,000 元 to the board, and 30% of total assets to the meeting (Art. 26.3)', () => {
    const rows = [['关联董事', '承租董事个人车辆', '600,000.00', '0.00']];
    expect(filing(rows).run({ filingText: '该关联交易经董事长审批通过。', latestAuditedTotalAssets: '1000000000' })[0]).toMatchObject({ status: 'fail' });
    expect(filing(rows).run({ filingText: BOARD_ONLY, latestAuditedTotalAssets: '1000000000' })[0]).toMatchObject({ status: 'pass' });
    const meeting = filing(rows).run({ filingText: BOARD_ONLY, latestAuditedTotalAssets: '1500000' })[0]!;
    expect(meeting).toMatchObject({ status: 'fail' });
    expect(meeting.reason!.zh).toContain('第26.3条');
  });

  it('sends a guarantee to the meeting whatever its size (Art. 17.4)', () => {
    const rows = [['提供担保', '为阿里云计算有限公司提供担保', '100,000.00', '0.00']];
    const [result] = filing(rows).run({ filingText: BOARD_ONLY, latestAuditedTotalAssets: '500000000' });
    expect(result).toMatchObject({ status: 'fail' });
    expect(result!.reason!.zh).toContain('第17.4条');
  });

  it('cannot evaluate a filing that states no approval', () => {
    const results = filing(SEED_000_ROWS).run({ latestAuditedTotalAssets: '500000000' });
    expect(results.every((r) => r.status === 'cannot_evaluate')).toBe(true);
    expect(results[0]!.reason!.en).toContain('states no approval');
  });

  it('keys results by rule set and figure id', () => {
    const { run } = filing(SEED_000_ROWS);
    const keys = run({}).map((r) => r.key);
    expect(run({}).map((r) => r.key)).toEqual(keys);
    expect(keys.every((k) => /^policy:approval:seed-002:\d+$/u.test(k))).toBe(true);
  });
});

describe('policy: reading the filing', () => {
  it('finds the highest body the text names, and tells a pending meeting from an approval', () => {
    expect(statedApproval('关联交易议案。本议案尚需提交 公司 2025 年第三次临时股东会审议。')).toMatchObject({ body: 'shareholders_meeting', pending: true });
    expect(statedApproval('该关联交易经2025年第三次临时股东会审议通过。')).toMatchObject({ body: 'shareholders_meeting', pending: false });
    expect(statedApproval('关联担保须董事会审议后提交股东会审议通过后方可实施')).toMatchObject({ body: 'shareholders_meeting', pending: true });
    expect(statedApproval('公司第三届董事会第十五次会议审议通过《关于修订关联交易管理制度的议案》')).toMatchObject({ body: 'board' });
    expect(statedApproval(BOARD_ONLY)).toMatchObject({ body: 'board', pending: false });
    expect(statedApproval('本公司及董事会全体成员保证公告内容的真实、准确和完整')).toBeNull();
  });

  it('ignores needs stated as approvals, and approvals of other matters', () => {
    expect(statedApproval('本次关联交易尚需董事会批准。')).toBeNull();
    expect(statedApproval('2024年度利润分配方案已经股东会审议通过。')).toBeNull();
    expect(statedApproval(`2024年度利润分配方案已经股东会审议通过。${'其他事项。'.repeat(40)}关联交易已经董事会审议通过。`)).toMatchObject({ body: 'board' });
  });

  it('reads the counterparty type from the words around an amount', () => {
    expect(counterpartyOf('公司拟向阿里云计算有限公司采购')).toBe('legal');
    expect(counterpartyOf('承租董事长王庆生个人车辆')).toBe('natural');
    expect(counterpartyOf('公司承租关联方车辆')).toBeNull();
    expect(counterpartyOf('由关联自然人担任董事的有限公司')).toBeNull();
  });

  it('ships seed 002’s tiers as data', () => {
    expect(POLICY_SEED_002.baseline).toMatchObject({ article: '17.1', body: 'chairman' });
    expect(POLICY_SEED_002.tiers.map((t) => [t.article, t.body])).toEqual([
      ['17.2', 'board'],
      ['17.2', 'board'],
      ['17.3', 'shareholders_meeting'],
      ['26.3', 'shareholders_meeting'],
      ['17.4', 'shareholders_meeting'],
    ]);
  });
});
