/**
 * Figures quoted in running text: "公司实现营业收入 4,701.21 万元，同比减少 37.02%",
 * "预计金额：20,000,000.00 元", "毛利率为35.2%，较上年同期下降2.1个百分点".
 *
 * Precision over recall: a figure is reported only when it carries a unit (元, 万元, 亿元,
 * %, 个百分点, 股 …) and a label can be found for it. Thresholds and approximations
 * ("超过100万元", "5%以上", "约100万元"), ranges ("10.00%至30.00%", "110万元-240万元"),
 * per-item prices ("万元/台") and counts ("1万人") are left out: none of them is a figure a
 * reviewer can tie to a table.
 */
import { decimalToString, toDecimal } from './numbers';
import { canonicalMetric } from './metrics';
import { normalizeText } from './text-lines';

export interface NarrativeFigure {
  /** What the figure measures, as the text names it ("营业收入", "毛利率", "预计金额"). */
  label: string;
  /** Canonical decimal string as printed (not scaled by the unit). */
  value: string;
  precision: number;
  /** "万元", "元", "亿元", "%", "个百分点", "万股" … as printed. */
  unit: string | null;
  percent: boolean;
  percentagePoints: boolean;
  /** The change the text states: 增长/增加/上升 … vs 减少/下降/降低 … (null when no direction or an ambiguous one such as 减亏). */
  direction: 'increase' | 'decrease' | null;
  /** The figure is a change against the same period of the prior year (同比, 较上年同期 …). */
  comparison: 'yoy' | null;
  /**
   * The figure is the comparison period's value rather than a change or the current value
   * ("比上年同期的-14.62%", "上年同期为…"). An addition to the base shape, so checks do not
   * tie a prior-year figure to the current column.
   */
  priorPeriod: boolean;
  /** UTF-16 offsets in the input of the number with its sign and unit. */
  start: number;
  end: number;
  /** canonicalMetric(label). */
  metric: string | null;
}

/** The text after NFKC (and radical folding), with each code unit's source span in the input. */
interface MappedText {
  text: string;
  sourceStart: number[];
  sourceEnd: number[];
}

function mapNormalised(input: string): MappedText {
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    let normal = /^[\u200B-\u200D\u2060\uFEFF]$/u.test(char) ? '' : normalizeText(char);
    // Line breaks inside a sentence are layout; a blank line still ends a paragraph (below).
    if (/^\s+$/u.test(normal)) normal = char === '\n' || char === '\r' ? '\n' : ' ';
    for (let k = 0; k < normal.length; k += 1) {
      text += normal[k];
      sourceStart.push(i);
      sourceEnd.push(i + char.length);
    }
    i += char.length;
  }
  return { text, sourceStart, sourceEnd };
}

const UNITS = [
  '个百分点',
  '百分点',
  '%',
  '万亿元',
  '千万元',
  '百万元',
  '亿元',
  '万元',
  '千元',
  '元/股',
  '亿美元',
  '万美元',
  '美元',
  '亿港元',
  '万港元',
  '港元',
  '元',
  '亿股',
  '万股',
  '股',
  '亿',
  '万',
];

const FIGURE = new RegExp(
  String.raw`(?<![\dA-Za-z.])(?<!\d,)([-\u2212\u2013]\s*)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(${UNITS.map((u) => u.replace('/', '\\/')).join('|')})`,
  'gu',
);

/** Punctuation that ends a clause; labels never reach across it. */
const CLAUSE_END = /[,;:!?、()[\]【】《》“”"'|\t。；！？…√□■☑☐]/u;
/** Punctuation that ends a sentence; a label is inherited only within a sentence. */
const SENTENCE_END = /[。;！!？?|\t]/u;

/** Words right before a number that make it an estimate, a bound or a rate applied rather than a figure. */
const BOUND_BEFORE =
  /(?:约为|约合|大约|约|近|逾|超|接近|含|不含|≥|≤|>|<|以上|以下|按|按照|减按|以|至)$/u;
/** Comparisons anywhere in the clause: "不得超过公司股份总数的2%" states a limit, not a figure. */
const BOUND_IN_CLAUSE = /大于|小于|超过|低于|高于|不足|不少于|不多于|至少|至多|最多|最少|最高|最低|上限|下限|以上|以下|以内/u;
const BOUND_AFTER = /^\s*(?:以上|以下|以内|之间|左右|上下|及以上|及以下|\(含\)|\(不含\))/u;
/** Units that stop being an amount when a counter follows ("1万人", "3亿次"). */
const BARE_SCALE_UNITS = new Set(['万', '亿']);

const COMPARISON =
  /同比|环比|(?:较|比|相比|对比)(?:上年同期|去年同期|上一年度同期|上年度同期|上年度|上一年度|上年|去年全年|去年|上期|年初|期初|上年末|上年度末|同期|\d{4}年(?:\d{1,2}月(?:末|份)?|度|末|同期)?)|上年同期|去年同期/u;
const YOY = /同比|同期/u;
const INCREASE = ['增长', '增加', '上升', '提高', '提升', '上涨', '激增', '大增', '增幅', '加快'];
const DECREASE = ['减少', '下降', '降低', '下滑', '下跌', '减幅', '降幅', '回落', '放缓'];
/** Changes whose sign depends on what is measured: "减亏" of a loss, "缩窄" of an outflow. */
const AMBIGUOUS_CHANGE = ['减亏', '增亏', '缩窄', '收窄', '扩大', '变动', '变化', '波动'];
// No suffix word may be two others joined ("幅度为" is "幅度" + "为"): such overlaps backtrack
// exponentially on a long run of them that does not end the clause.
const CHANGE_WORD = new RegExp(
  `(?:大幅|分别|有所|持续)?(${[...AMBIGUOUS_CHANGE, ...INCREASE, ...DECREASE].join('|')})(?:了|为|达到|达|分别为|幅度|比例为|率为|金额为|约)*$`,
  'u',
);

/** Phrases that lead into a label without being part of it. */
const LEADING_NOISE = new RegExp(
  [
    String.raw`^(?:截至|截止|截止到|于)`,
    String.raw`^\d{4}年(?:度|末|初|底)?(?:\d{1,2}(?:-\d{1,2})?月(?:末|底|份)?)?(?:\d{1,2}日)?`,
    String.raw`^\d{4}年?(?:第?[一二三四1-4]季度|[上下]半年度?|半年度|前三季度)(?:末)?`,
    String.raw`^(?:本报告期(?:内|末)?|报告期(?:内|末|各期末|各期|初)?|本期(?:末|内)?|本年度?|当年|当期|上年同期|最近一期(?:末)?|近三年|最近三年|各期)`,
    String.raw`^(?:公司|本公司|发行人|我公司|我司|集团|本集团|合并报表|母公司报表)`,
    String.raw`^(?:不适用|适用)`,
    String.raw`^(?:但是|但|而且|而|同时|此外|另外|因此|所以|从而|使得|导致)`,
    String.raw`^(?:实现|完成|取得|录得|持有|产生|发生|形成|确认|拥有|其中|主要系|主要是|主要为|包括|以及|及|和|与|即|另|共)`,
    String.raw`^(?:\d{1,2}[、.)]|\(\d{1,2}\)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[*•·])`,
    String.raw`^分别为|^分别|^为|^的`,
  ].join('|'),
  'u',
);
const TRAILING_NOISE = /(?:¥|\$|RMB|由|变更|变为|调整|增至|降至|升至|减至|回升至|下降至|提升至|进一步|继续|仍然|仍|亦|也|均|则|将|已经|分别为|分别是|分别|约为|为|是|达到|达|共计|合计为|总计为|累计为|已|仅|了|的|人民币|本期数|本期末|本期|本年度|本年|当期|期末|年末|期初|年初|规模)$/u;

function stripNoise(label: string): string {
  let text = label;
  for (let guard = 0; guard < 20; guard += 1) {
    const next = text.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

interface LabelReading {
  label: string;
  /** A label to use when none can be inherited from the figure before. */
  fallbackLabel: string;
  direction: 'increase' | 'decrease' | null;
  /** A change word was printed (possibly ambiguous). */
  change: boolean;
  ambiguousChange: boolean;
  yoy: boolean;
  priorPeriod: boolean;
}

/**
 * A change word printed after the number ("较2025年01月实现100%的增长"), unless another
 * number follows it ("比上年同期的-14.62%缩窄14.38个百分点": the word is that number's).
 */
const CHANGE_AFTER = new RegExp(`^\\s*的?(${[...AMBIGUOUS_CHANGE, ...INCREASE, ...DECREASE].join('|')})(?![了为达]?\\s*[-\\u2212\\d])`, 'u');

/** What the clause before a number (and a change word right after it) says about it. */
function readPrefix(prefix: string, after: string): LabelReading {
  let rest = prefix;
  let direction: LabelReading['direction'] = null;
  let change = false;
  let ambiguousChange = false;
  const changeMatch = CHANGE_WORD.exec(rest);
  const word = changeMatch ? (changeMatch[1] ?? '') : (CHANGE_AFTER.exec(after)?.[1] ?? '');
  if (word !== '') {
    change = true;
    ambiguousChange = AMBIGUOUS_CHANGE.includes(word);
    direction = INCREASE.includes(word) ? 'increase' : DECREASE.includes(word) ? 'decrease' : null;
    if (changeMatch) rest = rest.slice(0, changeMatch.index);
  }
  const comparison = COMPARISON.exec(rest);
  const yoy = comparison !== null && YOY.test(comparison[0]);
  let priorPeriod = false;
  let label = rest;
  let fallbackLabel = '';
  if (comparison) {
    const before = stripNoise(rest.slice(0, comparison.index));
    const after = stripNoise(rest.slice(comparison.index + comparison[0].length).replace(/^(?:的|为|是)/u, ''));
    // "比上年同期的毛利-2,173.87万元", "上年同期为35.2%": the prior period's own value. A bare
    // "同比" is a change whose sign the number carries.
    if (!change) priorPeriod = !/^(?:同比|环比)$/u.test(comparison[0]);
    if (before !== '') label = before;
    else if (priorPeriod) {
      // "毛利为-34.37万元，比上年同期的毛利-2,173.87万元": the sentence's subject beats the bare word.
      label = '';
      fallbackLabel = after;
    } else label = after; // "较去年同期亏损幅度增加1,530.84万元"
  }
  return { label: stripNoise(label), fallbackLabel, direction, change, ambiguousChange, yoy, priorPeriod };
}

interface Candidate {
  start: number;
  end: number;
  value: string;
  precision: number;
  unit: string;
  /** Not a figure on its own (a bound, a range end, a table cell …); still ends the clause before the next one. */
  skip: boolean;
}

const UNIT_BEFORE_DASH = /[%元万亿股点]$/u;

function canonicalValue(sign: string, digits: string): { value: string; precision: number } {
  const plain = digits.replace(/,/g, '');
  const precision = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  const decimal = toDecimal(plain);
  return { value: decimalToString(sign ? decimal.negated() : decimal, precision), precision };
}

/**
 * Every figure with a unit that the text states about something it names, in text order.
 * Offsets are UTF-16 indices into `text` (the input, not a normalised copy).
 */
export function findNarrativeFigures(text: string): NarrativeFigure[] {
  const mapped = mapNormalised(text);
  const normal = mapped.text;
  const candidates: Candidate[] = [];

  for (const match of normal.matchAll(FIGURE)) {
    const index = match.index ?? 0;
    const sign = match[1] ?? '';
    const digits = match[2] ?? '';
    const unit = match[3] ?? '';
    const end = index + match[0].length;
    const before = normal.slice(0, index).replace(/\s+$/u, '');
    const after = normal.slice(end);
    // "110万元-240万元": a dash right after a unit joins a range; it is no minus sign.
    const dashIsRange = sign !== '' && UNIT_BEFORE_DASH.test(before);
    const start = dashIsRange ? index + sign.length : index;
    const { value, precision } = canonicalValue(dashIsRange ? '' : sign, digits);

    let skip = false;
    if (/第\s*$/u.test(before)) skip = true; // "第3节", "第 1 条"
    // After another number: a flattened table row, a number broken across a line, a glued
    // page number, or a range such as "10-20%".
    if (/\d$/u.test(before)) skip = true;
    if (BOUND_AFTER.test(after)) skip = true;
    if (unit !== '元/股' && /^\/\s*[\u4e00-\u9fff]/u.test(after)) skip = true; // "万元/台"
    if (BARE_SCALE_UNITS.has(unit) && /^[\u4e00-\u9fffA-Za-z]/u.test(after) && !/^(?:人民币|美元|港元)/u.test(after)) skip = true;
    candidates.push({ start, end, value, precision, unit, skip });
  }

  // Ranges ("10.00% 至 30.00%", "110万元-240万元") and flattened table rows, where figures
  // follow each other with nothing but spaces between them ("53.48%    14,865.15  44.28%").
  for (let i = 1; i < candidates.length; i += 1) {
    const previous = candidates[i - 1]!;
    const current = candidates[i]!;
    const gap = normal.slice(previous.end, current.start);
    if (/^\s*(?:[-~\u2013\u2014\u2212]|至|到)?\s*$/u.test(gap)) {
      previous.skip = true;
      current.skip = true;
    }
  }

  const figures: NarrativeFigure[] = [];
  let previousFigure: { figure: NarrativeFigure; normalEnd: number } | null = null;
  let previousEnd = 0;

  for (const candidate of candidates) {
    const clauseStart = clauseStartBefore(normal, candidate.start, previousEnd);
    const rawPrefix = normal.slice(clauseStart, candidate.start);
    const prefix = rawPrefix.replace(/\s+/gu, '');
    previousEnd = candidate.end;
    if (candidate.skip || BOUND_BEFORE.test(prefix) || BOUND_IN_CLAUSE.test(prefix)) continue;
    // Columns laid out with runs of spaces ("吕岳英    境内自然人    4.43%") are a table, not prose.
    if (/[^\s][ \t]{3,}[^\s]/u.test(normal.slice(clauseStart, candidate.start + 1))) continue;

    const reading = readPrefix(prefix, normal.slice(candidate.end, candidate.end + 12));
    let { label } = reading;
    let comparison: 'yoy' | null = reading.yoy ? 'yoy' : null;

    const sincePrevious = previousFigure ? normal.slice(previousFigure.normalEnd, candidate.start) : '';
    const sameSentence = previousFigure !== null && !SENTENCE_END.test(sincePrevious) && !/\n\s*\n/u.test(sincePrevious);
    if (label === '') {
      const boundary = normal[clauseStart - 1];
      if (prefix === '' && (boundary === ':' || boundary === '：')) {
        // "预计金额：20,000,000.00 元": the label is the clause before the colon.
        // Announcements print one "字段：值" a line, so a line break ends that label too.
        const labelStart = lastIndexOf(normal, /[\n,;:!?、()[\]【】《》“”"'|\t。；！？…]/u, clauseStart - 1, 0);
        label = stripNoise(normal.slice(labelStart, clauseStart - 1).replace(/\s+/gu, ''));
      } else if (sameSentence && previousFigure) {
        // "营业收入4,701.21万元，同比减少37.02%": the change is of the figure before it.
        label = previousFigure.figure.label;
        if (comparison === null && reading.change && previousFigure.figure.comparison === 'yoy') comparison = 'yoy';
      }
      if (label === '') label = reading.fallbackLabel;
    }
    // One character ("期") is a fragment of a broken line; a long run, or one holding another
    // amount ("青云科技68.30"), is a flattened table.
    if (label.length < 2 || label.length > 40 || /\d\.\d/u.test(label) || /^(?:\d+(?![\d年月日季个])|[-\u2212])/u.test(label)) continue;
    // A change whose sign depends on what it measures ("减亏 2,139.50 万元") is kept only when
    // the text says it is year on year; on its own it would read as a plain value.
    if (reading.ambiguousChange && comparison === null) continue;

    const unit = candidate.unit;
    const figure: NarrativeFigure = {
      label,
      value: candidate.value,
      precision: candidate.precision,
      unit,
      percent: unit === '%',
      percentagePoints: unit === '个百分点' || unit === '百分点',
      direction: reading.direction,
      comparison,
      priorPeriod: reading.priorPeriod,
      start: mapped.sourceStart[candidate.start] ?? 0,
      end: mapped.sourceEnd[candidate.end - 1] ?? text.length,
      metric: canonicalMetric(label),
    };
    figures.push(figure);
    previousFigure = { figure, normalEnd: candidate.end };
  }
  return figures;
}

/** A line that is a heading ("二、经营情况的讨论与分析"): the line break after it ends a clause. */
const HEADING_LINE = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.]|第[一二三四五六七八九十\d]+[节章])[^\n。,;:!?]{0,30}$/u;

function clauseStartBefore(text: string, before: number, floor: number): number {
  const start = lastIndexOf(text, CLAUSE_END, before, floor);
  for (let i = before - 1; i >= start; i -= 1) {
    if (text[i] === '\n' && HEADING_LINE.test(text.slice(Math.max(0, i - 60), i))) return i + 1;
  }
  return start;
}

/**
 * Index just after the last clause-ending character in text[floor, before), or `floor`.
 * A full stop counts unless it sits between digits (a decimal point).
 */
function lastIndexOf(text: string, pattern: RegExp, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i -= 1) {
    const char = text[i] ?? '';
    const decimalPoint = char === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (pattern.test(char) || (char === '.' && !decimalPoint)) return i + 1;
  }
  return floor;
}
