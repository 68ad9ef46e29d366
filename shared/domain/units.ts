/**
 * Units and scale: "单位：万元 币种：人民币" captions, "营业收入（元）" headers, and exact
 * conversion between scales of one base unit.
 */
import { decimalToString, precisionOf, toDecimal } from './numbers';
import { normalizeText } from './text-lines';

export type UnitBase = 'CNY' | 'USD' | 'HKD' | 'shares' | 'percent' | 'other';

export interface UnitInfo {
  /** The unit word as printed, with a currency prefix moved to `currency` ("人民币万元" → "万元"). */
  unit: string;
  /** Multiplier to the base unit as a decimal string: 元 "1", 千元 "1000", 万元 "10000", 亿元 "100000000". */
  scale: string;
  base: UnitBase;
  /** Currency as printed ("人民币", "美元"), or null when none is printed. */
  currency: string | null;
}

const SCALES: ReadonlyArray<readonly [string, string]> = [
  ['万亿', '1000000000000'],
  ['千万', '10000000'],
  ['百万', '1000000'],
  ['十万', '100000'],
  ['亿', '100000000'],
  ['万', '10000'],
  ['千', '1000'],
  ['百', '100'],
];

/** Money words: what they print, their base, and the currency they name (null for plain 元). */
const MONEY_WORDS: ReadonlyArray<readonly [string, UnitBase, string | null]> = [
  ['人民币元', 'CNY', '人民币'],
  ['元人民币', 'CNY', '人民币'],
  ['美元', 'USD', '美元'],
  ['港元', 'HKD', '港元'],
  ['港币', 'HKD', '港币'],
  ['欧元', 'other', '欧元'],
  ['日元', 'other', '日元'],
  ['英镑', 'other', '英镑'],
  ['元', 'CNY', null],
];

/** Currency names a "币种：" caption or a prefix may print, with the base they stand for. */
const CURRENCIES: ReadonlyArray<readonly [string, UnitBase, string]> = [
  ['人民币', 'CNY', '元'],
  ['RMB', 'CNY', '元'],
  ['CNY', 'CNY', '元'],
  ['美元', 'USD', '美元'],
  ['USD', 'USD', '美元'],
  ['港元', 'HKD', '港元'],
  ['港币', 'HKD', '港币'],
  ['HKD', 'HKD', '港元'],
  ['欧元', 'other', '欧元'],
  ['日元', 'other', '日元'],
  ['英镑', 'other', '英镑'],
];

/** Counting units some tables use; they convert only to themselves. */
const OTHER_UNITS = ['元/股', '人', '户', '家', '个', '台', '套', '件', '项', '次', '天', '年', '月', '倍', '吨', '平方米', '㎡', '小时'];

/**
 * A bare unit word: "元", "万元", "人民币万元", "美元", "万股", "%", "元/股", "人". Null for
 * anything else (including a bare scale such as "万", which names no unit).
 */
export function parseUnit(text: string): UnitInfo | null {
  let word = normalizeText(text).replace(/\s+/g, '');
  if (word === '%' || word === '百分比') return { unit: '%', scale: '1', base: 'percent', currency: null };
  if (OTHER_UNITS.includes(word)) return { unit: word, scale: '1', base: 'other', currency: null };

  let prefixCurrency: (typeof CURRENCIES)[number] | null = null;
  for (const entry of CURRENCIES) {
    if (word.startsWith(entry[0]) && word.length > entry[0].length) {
      prefixCurrency = entry;
      word = word.slice(entry[0].length);
      break;
    }
  }
  const [scalePrefix, scale] = SCALES.find(([prefix]) => word.startsWith(prefix)) ?? ['', '1'];
  const rest = word.slice(scalePrefix.length);

  if (rest === '股') return prefixCurrency ? null : { unit: word, scale, base: 'shares', currency: null };
  const money = MONEY_WORDS.find(([printed]) => printed === rest);
  if (!money) {
    // "人民币" alone: the currency's base unit.
    const currencyOnly = CURRENCIES.find(([name]) => name === word);
    if (currencyOnly && !prefixCurrency) return { unit: currencyOnly[2], scale: '1', base: currencyOnly[1], currency: currencyOnly[0] };
    return null;
  }
  const [printed, base, currency] = money;
  const unit = printed === '人民币元' || printed === '元人民币' ? `${scalePrefix}元` : word;
  if (prefixCurrency) {
    // A currency before a plain 元 names its currency ("人民币万元"; "美元万元" as 万 US dollars,
    // like "单位：万元 币种：美元"); before another currency ("人民币美元") it names nothing.
    if (printed !== '元' && base !== prefixCurrency[1]) return null;
    return { unit, scale, base: prefixCurrency[1], currency: prefixCurrency[0] };
  }
  return { unit, scale, base, currency };
}

/** Unit words a caption may print right after "单位：", longest first (captions are often run together). */
const CAPTION_UNIT = new RegExp(
  `^(?:(?:人民币|美元|港币|港元)?(?:万亿|千万|百万|十万|亿|万|千|百)?(?:人民币元|元人民币|美元|港元|港币|欧元|日元|英镑|元)|(?:万亿|亿|万)?股(?!东|份|票|权)|%|人民币)`,
  'u',
);
const CAPTION_OTHER_UNIT = new RegExp(`^(?:${OTHER_UNITS.map((u) => u.replace('/', '\\/')).join('|')})(?=$|[\\s,;)）币])`, 'u');

/**
 * A unit caption above a table: "单位：元 币种：人民币", "单位:元币种:人民币", "单位：万元",
 * "金额单位：人民币元", "单位：股", "单位：%", "(单位:元)", "币种：美元". A "币种" names the
 * currency of a plain 元 ("单位：元 币种：美元" is US dollars). "编制单位：" is not a caption.
 */
export function parseUnitCaption(line: string): UnitInfo | null {
  const text = normalizeText(line).replace(/\s+/g, '');
  const currencyMatch = /币种:(人民币|美元|港币|港元|欧元|日元|英镑|RMB|CNY|USD|HKD)/u.exec(text);
  const currency = currencyMatch ? (CURRENCIES.find(([name]) => name === currencyMatch[1]) ?? null) : null;

  let unit: UnitInfo | null = null;
  // "编制单位", "往来单位", "被投资单位" … are organisations, not units: "单位" must start the
  // caption or follow 金额/数量/货币 or a non-CJK character.
  const captionRe = /(?:^|(?<=[^\u4e00-\u9fff])|(?<=金额|数量|货币|计量))单位:/gu;
  for (const match of text.matchAll(captionRe)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    const word = CAPTION_UNIT.exec(after)?.[0] ?? CAPTION_OTHER_UNIT.exec(after)?.[0];
    if (word) {
      unit = parseUnit(word);
      if (unit) break;
    }
  }

  if (!unit) {
    if (!currency) return null;
    return { unit: currency[2], scale: '1', base: currency[1], currency: currency[0] };
  }
  // A plain 元 takes the caption's currency ("单位：元 币种：美元" is US dollars); a unit that
  // names its own currency keeps it.
  if (currency && unit.base === 'CNY' && unit.currency === null) return { ...unit, base: currency[1], currency: currency[0] };
  return unit;
}

/**
 * The unit a column or row header prints in parentheses: "营业收入（元）", "金额(万元)",
 * "比例(%)", "本期比上年同期增减(%)", "数量（股）", "基本每股收益(元/股)". Also "单位：万元"
 * inside a header. Null when no parenthesised group is a unit ("本报告期(1-6月)").
 */
export function unitFromHeader(header: string): UnitInfo | null {
  const text = normalizeText(header).replace(/\s+/g, '');
  const groups = [...text.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1] ?? '');
  for (const group of groups.reverse()) {
    const unit = parseUnit(group) ?? (group.includes('单位') ? parseUnitCaption(group) : null);
    if (unit) return unit;
  }
  const caption = text.includes('单位') ? parseUnitCaption(text) : null;
  if (caption) return caption;
  // "金额/万元", "收入:万元" printed without parentheses.
  const trailing = /[/:]([^/:]+)$/u.exec(text);
  return trailing ? parseUnit(trailing[1] ?? '') : null;
}

function powerOfTen(scale: string): number | null {
  return /^10*$/.test(scale) ? scale.length - 1 : null;
}

/**
 * `value` in unit `from` expressed in unit `to`, exactly. The result keeps the value's
 * printed precision in the new scale ("4701.21" 万元 → "47012100" 元; "47012100.00" 元 →
 * "4701.210000" 万元). Throws when the units measure different things (元 and 美元, 元 and 股).
 */
export function convert(value: string, from: UnitInfo, to: UnitInfo): string {
  if (from.base !== to.base) {
    throw new Error(`Cannot convert ${from.unit} (${from.base}) to ${to.unit} (${to.base}): different base units`);
  }
  if (from.base === 'other' && stripScale(from.unit) !== stripScale(to.unit)) {
    throw new Error(`Cannot convert ${from.unit} to ${to.unit}: different units`);
  }
  const result = toDecimal(value).times(toDecimal(from.scale)).div(toDecimal(to.scale));
  const fromPower = powerOfTen(from.scale);
  const toPower = powerOfTen(to.scale);
  const places = fromPower !== null && toPower !== null ? Math.max(0, precisionOf(value) - fromPower + toPower) : result.decimalPlaces();
  return decimalToString(result, Math.max(places, result.decimalPlaces()));
}

function stripScale(unit: string): string {
  const prefix = SCALES.find(([p]) => unit.startsWith(p) && unit.length > p.length);
  return prefix ? unit.slice(prefix[0].length) : unit;
}
