/**
 * Canonical names for the standard lines of Chinese financial statements and key-figure
 * tables, so "归属于母公司股东的净利润(净亏损以“-”号填列)" in one table and
 * "归属于上市公司股东的净利润" in another are known to be the same figure.
 */
import { parseUnit } from './units';
import { normalizeText } from './text-lines';

/**
 * Canonical name → the other ways filings print it (after `cleanLabel`). Lines that are the
 * same figure share one name: "总资产" (key figures) is the balance sheet's "资产总计", and
 * "归属于上市公司股东的净资产" is "归属于母公司所有者权益合计". A bare "净资产" stays its own
 * name: it can mean either total equity or the parent's share.
 */
const METRIC_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Income statement
  营业总收入: [],
  营业收入: ['营业收入合计'],
  营业总成本: [],
  营业成本: [],
  税金及附加: ['营业税金及附加'],
  销售费用: [],
  管理费用: [],
  研发费用: [],
  财务费用: [],
  利息费用: [],
  利息收入: [],
  其他收益: [],
  投资收益: [],
  对联营企业和合营企业的投资收益: [],
  公允价值变动收益: [],
  信用减值损失: [],
  资产减值损失: [],
  资产处置收益: [],
  营业利润: [],
  营业外收入: [],
  营业外支出: [],
  利润总额: [],
  所得税费用: ['所得税'],
  净利润: [],
  持续经营净利润: [],
  终止经营净利润: [],
  归属于母公司所有者的净利润: [
    '归属于母公司股东的净利润',
    '归属于上市公司股东的净利润',
    '归属于母公司的净利润',
    '归属于本公司股东的净利润',
    '归属于挂牌公司股东的净利润',
    '归母净利润',
  ],
  少数股东损益: [],
  扣除非经常性损益后的净利润: [
    '归属于上市公司股东的扣除非经常性损益的净利润',
    '归属于上市公司股东的扣除非经常性损益后的净利润',
    '归属于挂牌公司股东的扣除非经常性损益后的净利润',
    '扣除非经常性损益后归属于母公司所有者的净利润',
    '扣除非经常性损益后归属于母公司股东的净利润',
    '扣除非经常性损益后归属于公司普通股股东的净利润',
    '扣除非经常性损益后的归属于母公司所有者的净利润',
    '扣非归母净利润',
    '扣非后归母净利润',
    '扣非净利润',
  ],
  非经常性损益合计: ['非经常性损益', '非经常性损益净额'],
  其他综合收益的税后净额: [],
  归属于母公司所有者的其他综合收益的税后净额: ['归属母公司所有者的其他综合收益的税后净额'],
  综合收益总额: [],
  归属于母公司所有者的综合收益总额: ['归属于母公司股东的综合收益总额'],
  归属于少数股东的综合收益总额: [],
  基本每股收益: [],
  稀释每股收益: [],
  扣除非经常性损益后的基本每股收益: [],
  加权平均净资产收益率: [],
  扣除非经常性损益后的加权平均净资产收益率: [],
  研发投入占营业收入的比例: ['研发投入总额占营业收入比例'],
  研发投入合计: ['研发投入总额'],
  // Balance sheet: assets
  货币资金: [],
  交易性金融资产: [],
  衍生金融资产: [],
  应收票据: [],
  应收账款: [],
  应收款项融资: [],
  预付款项: ['预付账款'],
  其他应收款: [],
  存货: [],
  合同资产: [],
  持有待售资产: ['持有待售的资产'],
  一年内到期的非流动资产: [],
  其他流动资产: [],
  流动资产合计: [],
  债权投资: [],
  其他债权投资: [],
  长期应收款: [],
  长期股权投资: [],
  其他权益工具投资: [],
  其他非流动金融资产: [],
  投资性房地产: [],
  固定资产: [],
  在建工程: [],
  使用权资产: [],
  无形资产: [],
  开发支出: [],
  商誉: [],
  长期待摊费用: [],
  递延所得税资产: [],
  其他非流动资产: [],
  非流动资产合计: [],
  资产总计: ['总资产', '资产合计', '资产总额'],
  // Balance sheet: liabilities and equity
  短期借款: [],
  交易性金融负债: [],
  应付票据: [],
  应付账款: [],
  预收款项: ['预收账款'],
  合同负债: [],
  应付职工薪酬: [],
  应交税费: [],
  其他应付款: [],
  持有待售负债: ['持有待售的负债'],
  一年内到期的非流动负债: [],
  其他流动负债: [],
  流动负债合计: [],
  长期借款: [],
  应付债券: [],
  租赁负债: [],
  长期应付款: [],
  长期应付职工薪酬: [],
  预计负债: [],
  递延收益: [],
  递延所得税负债: [],
  其他非流动负债: [],
  非流动负债合计: [],
  负债合计: ['负债总计', '总负债', '负债总额'],
  实收资本: ['股本'],
  其他权益工具: [],
  资本公积: [],
  库存股: [],
  其他综合收益: [],
  专项储备: [],
  盈余公积: [],
  一般风险准备: [],
  未分配利润: [],
  归属于母公司所有者权益合计: [
    '归属于母公司股东权益合计',
    '归属于母公司所有者权益',
    '归属于上市公司股东的净资产',
    '归属于上市公司股东的所有者权益',
    '归属于挂牌公司股东的净资产',
    '归属于母公司所有者的净资产',
    '归属于母公司股东的净资产',
    '归母净资产',
  ],
  少数股东权益: [],
  所有者权益合计: ['股东权益合计', '所有者权益总计', '股东权益总计'],
  负债和所有者权益总计: ['负债和股东权益总计', '负债及所有者权益总计', '负债及股东权益总计', '负债和所有者权益合计', '负债和股东权益合计'],
  净资产: [],
  // Cash flow statement
  '销售商品、提供劳务收到的现金': [],
  收到的税费返还: [],
  收到其他与经营活动有关的现金: [],
  经营活动现金流入小计: [],
  '购买商品、接受劳务支付的现金': [],
  支付给职工及为职工支付的现金: ['支付给职工以及为职工支付的现金'],
  支付的各项税费: [],
  支付其他与经营活动有关的现金: [],
  经营活动现金流出小计: [],
  经营活动产生的现金流量净额: ['经营活动现金流量净额', '经营性现金流量净额'],
  收回投资收到的现金: [],
  取得投资收益收到的现金: [],
  '处置固定资产、无形资产和其他长期资产收回的现金净额': [],
  投资活动现金流入小计: [],
  '购建固定资产、无形资产和其他长期资产支付的现金': [],
  投资支付的现金: [],
  投资活动现金流出小计: [],
  投资活动产生的现金流量净额: ['投资活动现金流量净额'],
  吸收投资收到的现金: [],
  取得借款收到的现金: [],
  筹资活动现金流入小计: [],
  偿还债务支付的现金: [],
  '分配股利、利润或偿付利息支付的现金': [],
  筹资活动现金流出小计: [],
  筹资活动产生的现金流量净额: ['筹资活动现金流量净额'],
  汇率变动对现金及现金等价物的影响: [],
  现金及现金等价物净增加额: [],
  期初现金及现金等价物余额: [],
  期末现金及现金等价物余额: [],
};

/** Every canonical name `canonicalMetric` can return. */
export const CANONICAL_METRICS: readonly string[] = Object.keys(METRIC_ALIASES);

/** Circled numbers "①"–"⑳" and "⑴"–"⒇" before NFKC turns them into bare digits. */
const CIRCLED_NUMBER = /^\s*[\u2460-\u2487\u2776-\u2793]/u;

/** Leading numbering, outermost first, with the level each style usually sits at. */
const NUMBERING: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[一二三四五六七八九十]+[、.]/u, 1],
  [/^\([一二三四五六七八九十]+\)[、.]?/u, 2],
  [/^\d{1,2}(?:\.\d{1,2})*[、.](?!\d)/u, 3],
  [/^\d{1,2}\)/u, 4],
  [/^\(\d{1,2}\)[、.]?/u, 4],
];

const OPERATOR_PREFIX = /^(加|减|其中|减去|加上)[:：]/u;

/** A parenthetical saying how to sign the line: "(亏损以“－”号填列)", "(损失以“-”号填列)". */
const FILL_NOTE = /\([^()]*填列\)/gu;
/** Alternative names: "实收资本(或股本)", "所有者权益(或股东权益)合计". */
const ALTERNATIVE_NAME = /\(或[^()]*\)/gu;

function normalised(label: string): string {
  return normalizeText(label.replace(CIRCLED_NUMBER, ''))
    .replace(/[\s\u200B-\u200D\uFEFF]+/gu, '')
    .replace(/[“”‘’"']/gu, '');
}

/**
 * The label without what varies between filings: NFKC, spaces, leading numbering ("一、",
 * "(一)", "1.", "(1)", "①"), "加：/减：/其中：", sign notes ("(净亏损以“-”号填列)"),
 * alternative names ("(或股东权益)"), a trailing unit ("(元/股)", "(%)") and colon.
 */
export function cleanLabel(label: string): string {
  let text = normalised(label).replace(FILL_NOTE, '').replace(ALTERNATIVE_NAME, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const [pattern] of NUMBERING) {
      const next = text.replace(pattern, '');
      if (next !== text && next !== '') {
        text = next;
        changed = true;
      }
    }
    const withoutOperator = text.replace(OPERATOR_PREFIX, '');
    if (withoutOperator !== text && withoutOperator !== '') {
      text = withoutOperator;
      changed = true;
    }
    const unit = /\(([^()]*)\)$/u.exec(text);
    if (unit && parseUnit(unit[1] ?? '') && unit.index > 0) {
      text = text.slice(0, unit.index);
      changed = true;
    }
  }
  return text.replace(/[:：]$/u, '');
}

export interface LabelIndent {
  /** The numbering as printed after NFKC ("一、", "(一)", "1.", "(1)", "①"), or null. */
  numbering: string | null;
  /** 1 for "一、", 2 for "(一)", 3 for "1.", 4 for "(1)" or "1)", 5 for "①"; null when unnumbered. */
  level: number | null;
  /** A "其中：" line: a component of the line above, not an addend of the total. */
  child: boolean;
  /** "加：" or "减：": how the line enters the subtotal below it. */
  operator: 'add' | 'subtract' | null;
  /** A heading without figures of its own: "流动资产：", "一、经营活动产生的现金流量：". */
  sectionHeading: boolean;
}

const indentCache = new Map<string, LabelIndent>();

/** Structure hints a row label prints: numbering level, "其中：" child, "加：/减：" operator, section heading. */
export function labelIndentLevel(label: string): LabelIndent {
  // Checks ask about the same labels many times over; the answer depends on the label alone.
  let cached = indentCache.get(label);
  if (!cached) {
    if (indentCache.size > 50_000) indentCache.clear();
    cached = readLabelIndent(label);
    indentCache.set(label, cached);
  }
  return cached;
}

function readLabelIndent(label: string): LabelIndent {
  const circled = CIRCLED_NUMBER.exec(label);
  let text = normalised(label);
  let numbering: string | null = null;
  let level: number | null = null;
  if (circled) {
    numbering = circled[0].trim();
    level = 5;
  } else {
    for (const [pattern, patternLevel] of NUMBERING) {
      const match = pattern.exec(text);
      if (match) {
        numbering = match[0];
        level = patternLevel;
        text = text.slice(match[0].length);
        break;
      }
    }
  }
  const operatorMatch = OPERATOR_PREFIX.exec(text);
  const operatorWord = operatorMatch?.[1];
  return {
    numbering,
    level,
    child: operatorWord === '其中',
    operator: operatorWord === '加' || operatorWord === '加上' ? 'add' : operatorWord === '减' || operatorWord === '减去' ? 'subtract' : null,
    sectionHeading: /[:：]$/u.test(text.replace(FILL_NOTE, '')),
  };
}

const LOOKUP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(METRIC_ALIASES)) {
    for (const name of [canonical, ...aliases]) map.set(cleanLabel(name), canonical);
  }
  return map;
})();

/** The canonical name of a standard statement line, or null for anything else. */
export function canonicalMetric(label: string): string | null {
  const cleaned = cleanLabel(label);
  if (cleaned === '') return null;
  return LOOKUP.get(cleaned) ?? null;
}
