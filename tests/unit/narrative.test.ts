import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNarrativeFigures, type NarrativeFigure } from '../../shared/domain/narrative';

/** The fields a reviewer reads, for compact expectations. */
function brief(text: string): Array<Pick<NarrativeFigure, 'label' | 'value' | 'unit' | 'direction' | 'comparison'> & { printed: string }> {
  return findNarrativeFigures(text).map((f) => ({
    label: f.label,
    value: f.value,
    unit: f.unit,
    direction: f.direction,
    comparison: f.comparison,
    printed: text.slice(f.start, f.end),
  }));
}

describe('findNarrativeFigures: the examples of the brief', () => {
  it('reads an amount and its year-on-year change (seed 004)', () => {
    const text = '营业收入4,701.21万元，同比减少37.02%';
    const figures = findNarrativeFigures(text);
    expect(figures).toEqual([
      {
        label: '营业收入',
        value: '4701.21',
        precision: 2,
        unit: '万元',
        percent: false,
        percentagePoints: false,
        direction: null,
        comparison: null,
        priorPeriod: false,
        start: 4,
        end: 14,
        metric: '营业收入',
      },
      {
        label: '营业收入',
        value: '37.02',
        precision: 2,
        unit: '%',
        percent: true,
        percentagePoints: false,
        direction: 'decrease',
        comparison: 'yoy',
        priorPeriod: false,
        start: 19,
        end: 25,
        metric: '营业收入',
      },
    ]);
    expect(text.slice(4, 14)).toBe('4,701.21万元');
    expect(text.slice(19, 25)).toBe('37.02%');
  });

  it('reads a labelled amount after a colon (seed 000)', () => {
    expect(brief('预计金额：20,000,000.00 元')).toEqual([
      { label: '预计金额', value: '20000000.00', unit: '元', direction: null, comparison: null, printed: '20,000,000.00 元' },
    ]);
  });

  it('keeps a negative net profit and maps the label to its metric', () => {
    const [figure] = findNarrativeFigures('实现归属于上市公司股东的净利润-1,234.56万元');
    expect(figure).toMatchObject({ label: '归属于上市公司股东的净利润', value: '-1234.56', unit: '万元', metric: '归属于母公司所有者的净利润' });
  });

  it('reads a margin and its change in percentage points', () => {
    const figures = findNarrativeFigures('毛利率为35.2%，较上年同期下降2.1个百分点');
    expect(figures.map((f) => [f.label, f.value, f.percent, f.percentagePoints, f.direction, f.comparison])).toEqual([
      ['毛利率', '35.2', true, false, null, null],
      ['毛利率', '2.1', false, true, 'decrease', 'yoy'],
    ]);
    expect(figures[1]?.unit).toBe('个百分点');
  });
});

describe('findNarrativeFigures: sentences of the seeds', () => {
  it('seed 000: amounts per related party', () => {
    const text =
      '2) 2026 年公司拟向阿里云计算有限公司等阿里系公司销售软件产品、数据服务、硬件设备等。预计金额：20,000,000.00 元。\n预计金额：250,000.00 元。';
    expect(brief(text).map((f) => [f.label, f.value, f.unit])).toEqual([
      ['预计金额', '20000000.00', '元'],
      ['预计金额', '250000.00', '元'],
    ]);
  });

  it('seed 000: an investment and its share, full-width punctuation', () => {
    const text = '关联关系：关联方乌兰察布市惠众智慧城市科技有限公司为公司的参股子公司。公司出资人民币 600 万元，占注册资本的 6%。';
    expect(brief(text).map((f) => [f.label, f.value, f.unit, f.printed])).toEqual([
      ['出资', '600', '万元', '600 万元'],
      ['占注册资本', '6', '%', '6%'],
    ]);
  });

  it('seed 000: "注册资本：1652 万人民币" on its own line', () => {
    const text = '企业名称：杭州臻希投资管理有限公司\n注册资本：1652 万人民币\n';
    expect(brief(text).map((f) => [f.label, f.value, f.unit])).toEqual([['注册资本', '1652', '万']]);
  });

  it('seed 001: revenue and net profit with their changes', () => {
    const text = '本报告期内,公司营业收入10,011.22万元,同比下降30.56%;实现归属于上市公司股东的净利润为-4,156.27万元,同比增加10.43%。';
    expect(findNarrativeFigures(text).map((f) => [f.label, f.value, f.unit, f.direction, f.comparison, f.metric])).toEqual([
      ['营业收入', '10011.22', '万元', null, null, '营业收入'],
      ['营业收入', '30.56', '%', 'decrease', 'yoy', '营业收入'],
      ['归属于上市公司股东的净利润', '-4156.27', '万元', null, null, '归属于母公司所有者的净利润'],
      ['归属于上市公司股东的净利润', '10.43', '%', 'increase', 'yoy', '归属于母公司所有者的净利润'],
    ]);
  });

  it('seed 001: a prior-year value stated for comparison is marked as such', () => {
    const text = '实现毛利2,580.94万元,较上年同期4,875.07万元有所减少。';
    expect(findNarrativeFigures(text).map((f) => [f.label, f.value, f.priorPeriod, f.comparison])).toEqual([
      ['毛利', '2580.94', false, null],
      ['毛利', '4875.07', true, 'yoy'],
    ]);
  });

  it('seed 001: a heading line does not run into the sentence after it', () => {
    const text = '二、经营情况的讨论与分析\n公司2025年1-6月营业收入10,011.22万元,较上年同期减少30.56%;';
    expect(brief(text).map((f) => [f.label, f.value, f.direction])).toEqual([
      ['营业收入', '10011.22', null],
      ['营业收入', '30.56', 'decrease'],
    ]);
  });

  it('seed 001: a check box does not become part of the label', () => {
    const text = '√适用□不适用公司本期营业收入较上年同期减少30.56%;主要原因为:1、公司减少低毛利业务规模;';
    expect(brief(text).map((f) => [f.label, f.value, f.direction, f.comparison])).toEqual([['营业收入', '30.56', 'decrease', 'yoy']]);
  });

  it('seed 003: a list of amounts shares one label', () => {
    const text = '报告期内,发行人营业收入分别为74628.47万元、77060.50万元、65777.79万元和118780.92万元,扣非归母净利润分别为5776.22万元、2517.99万元、-8446.63万元和5933.55万元。';
    expect(findNarrativeFigures(text).map((f) => [f.label, f.value, f.metric])).toEqual([
      ['营业收入', '74628.47', '营业收入'],
      ['营业收入', '77060.50', '营业收入'],
      ['营业收入', '65777.79', '营业收入'],
      ['营业收入', '118780.92', '营业收入'],
      ['扣非归母净利润', '5776.22', '扣除非经常性损益后的净利润'],
      ['扣非归母净利润', '2517.99', '扣除非经常性损益后的净利润'],
      ['扣非归母净利润', '-8446.63', '扣除非经常性损益后的净利润'],
      ['扣非归母净利润', '5933.55', '扣除非经常性损益后的净利润'],
    ]);
  });

  it('seed 003: year-on-year changes of liabilities and a margin in points', () => {
    const text = '2023年末,公司资产负债率同比增加10.17个百分点,负债同比增加\n32534.83万元,主要是:1、短期借款同比增加5487.27万元,主要是随着智慧';
    expect(brief(text).map((f) => [f.label, f.value, f.unit, f.direction, f.comparison])).toEqual([
      ['资产负债率', '10.17', '个百分点', 'increase', 'yoy'],
      ['负债', '32534.83', '万元', 'increase', 'yoy'],
      ['短期借款', '5487.27', '万元', 'increase', 'yoy'],
    ]);
  });

  it('seed 003: an amount in 亿 without 元, and growth in its own clause', () => {
    const text = '阿里巴巴2024年资本开支达725.13亿,同比激增197.04%';
    expect(brief(text).map((f) => [f.value, f.unit, f.direction, f.comparison])).toEqual([
      ['725.13', '亿', null, null],
      ['197.04', '%', 'increase', 'yoy'],
    ]);
  });

  it('seed 004: figures wrapped across lines, with offsets into the original text', () => {
    const text = '公司实现营业收入 4,701.21 万元,同比减少 37.02%;实现归母净利润-2,290.07 万元,较\n去年同期亏损幅度增加 1,530.84 万元。截至 2025 年一季度末,公司净资产规模为 6,411.97\n万元,上市以来持续减少。';
    const figures = brief(text);
    expect(figures.map((f) => [f.label, f.value, f.unit, f.direction, f.comparison])).toEqual([
      ['营业收入', '4701.21', '万元', null, null],
      ['营业收入', '37.02', '%', 'decrease', 'yoy'],
      ['归母净利润', '-2290.07', '万元', null, null],
      ['亏损幅度', '1530.84', '万元', 'increase', 'yoy'],
      ['净资产', '6411.97', '万元', null, null],
    ]);
    expect(figures.map((f) => f.printed)).toEqual(['4,701.21 万元', '37.02%', '-2,290.07 万元', '1,530.84 万元', '6,411.97\n万元']);
    expect(findNarrativeFigures(text)[2]?.metric).toBe('归属于母公司所有者的净利润');
  });

  it('seed 004: 减亏 and 缩窄 keep no direction; a prior-year margin is marked prior', () => {
    const text =
      '公司云服务业务毛利为-34.37 万元,比上年同期的毛利-2,173.87 万元,减亏 2,139.50\n万元,同比减亏 98.42%;云服务的毛利率为-0.24%,比上年同期的-14.62%缩窄 14.38\n个百分点。';
    expect(findNarrativeFigures(text).map((f) => [f.label, f.value, f.direction, f.comparison, f.priorPeriod])).toEqual([
      ['云服务业务毛利', '-34.37', null, null, false],
      ['云服务业务毛利', '-2173.87', null, 'yoy', true],
      ['云服务业务毛利', '2139.50', null, 'yoy', false],
      ['云服务业务毛利', '98.42', null, 'yoy', false],
      ['云服务的毛利率', '-0.24', null, null, false],
      ['云服务的毛利率', '-14.62', null, 'yoy', true],
      ['云服务的毛利率', '14.38', null, 'yoy', false],
    ]);
  });

  it('引力传媒 2025 half-year: a change word after the number, and 加快 as an increase', () => {
    const text = '消费品零售总额 24.55 万亿元，同比增长 5.0%，增速比去年全年加快 1.5 个百分点。该系统在 2025 年 06 月的使用人数较 2025\n年 01 月实现 100%的增长。';
    expect(findNarrativeFigures(text).map((f) => [f.label, f.value, f.unit, f.direction, f.comparison, f.priorPeriod])).toEqual([
      ['消费品零售总额', '24.55', '万亿元', null, null, false],
      ['消费品零售总额', '5.0', '%', 'increase', 'yoy', false],
      ['增速', '1.5', '个百分点', 'increase', null, false],
      ['该系统在2025年06月的使用人数', '100', '%', 'increase', null, false],
    ]);
  });

  it('Word-made report (京新药业 2018Q1): amounts in 万 and their growth', () => {
    const text = '2、营业收入本期比去年同期增加16,518.69万，增长34.53%，主要是主营业务收入增长所致。\n1、在建工程期末比年初增加2,084.35万元，增长40.48%，主要是募集资金项目固定资产投资增长所致。';
    expect(brief(text).map((f) => [f.label, f.value, f.unit, f.direction, f.comparison])).toEqual([
      ['营业收入', '16518.69', '万', 'increase', 'yoy'],
      ['营业收入', '34.53', '%', 'increase', 'yoy'],
      ['在建工程', '2084.35', '万元', 'increase', null],
      ['在建工程', '40.48', '%', 'increase', null],
    ]);
  });
});

describe('findNarrativeFigures: what is not a figure', () => {
  it.each([
    ['dates and years', '公司于 2025 年 5 月 30 日收到上海证券交易所出具的《问询函》,2024年度报告'],
    ['section and article numbers', '详见第3节。根据《公司章程》第 1 条、第12条的规定'],
    ['stock codes and list numbers', '证券代码:688316 证券简称:青云科技 (1) 1、 2. 第 12 页'],
    ['thresholds', '最近一期末应收账款账面余额大于100万元的具体情况;持有公司5%以上股份的股东;金额超过3000万元且占最近一期经审计总资产30%以上'],
    ['limits anywhere in the clause', '每年减持的首发前股份不得超过公司股份总数的2%'],
    ['approximations', '算力服务器的采购价格约100万元;X公司收入约为5000万元'],
    ['ranges and per-item prices', '采购价格约73.59万元-211.50万元/台;净利润变动幅度 10.00% 至 30.00%;单价110万元-240万元'],
    ['counts', '新增用户1万人,服务3亿次'],
    ['rates applied', '企业所得税减按15%的税率计缴;中国SDS市场将以6.7%的年复合增长率增长'],
    ['flattened table rows', '云服务     14,551.13   -0.24% 14,865.15    -14.62% 12,555.26 -23.81%'],
    ['changes without a subject', '同比增长 88%'],
    ['numbers without units', '公司研发人员的数量为132人,合计 21 项'],
  ])('%s', (_, text) => {
    expect(findNarrativeFigures(text)).toEqual([]);
  });

  it('does not take a dash after a unit for a minus sign', () => {
    expect(findNarrativeFigures('区间为110万元-240万元')).toEqual([]);
  });

  it('does not read a number broken across lines as a smaller one', () => {
    const text = '长期应付款同比分别增加13256.98万元、29725.56万元、2271\n6.55万元';
    expect(findNarrativeFigures(text).map((f) => f.value)).toEqual(['13256.98', '29725.56']);
  });
});

describe('findNarrativeFigures properties', () => {
  it('never throws, and every figure is a canonical decimal whose span lies in the text', () => {
    const pieces = fc.constantFrom(
      '营业收入',
      '净利润',
      '同比',
      '增长',
      '减少',
      '较上年同期',
      '为',
      '：',
      '，',
      '。',
      '、',
      '-',
      ' ',
      '\n',
      '1,234.56',
      '37.02',
      '2025',
      '万元',
      '元',
      '%',
      '个百分点',
      '亿',
      '第',
      '约',
      '以上',
    );
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (input) => {
        for (const figure of findNarrativeFigures(input)) {
          expect(figure.value).toMatch(/^-?\d+(\.\d+)?$/);
          expect(figure.value).not.toBe('-0');
          expect(figure.start).toBeGreaterThanOrEqual(0);
          expect(figure.end).toBeLessThanOrEqual(input.length);
          expect(figure.start).toBeLessThan(figure.end);
          expect(figure.label.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
