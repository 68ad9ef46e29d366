/**
 * Numbers as filings print them. A value is never a JavaScript float: it is a canonical
 * decimal string ("-1234.50": optional minus, digits, optional fraction, no exponent, no
 * "-0") that keeps the printed precision, and arithmetic goes through decimal.js.
 */
import Decimal from 'decimal.js';
import { normalizeText } from './text-lines';

export type ParsedNumber =
  /** A placeholder for "no value": "", "-", "—", "/", "不适用", "N/A", "无" … (`marker` as printed, trimmed). */
  | { kind: 'empty'; marker: string }
  | {
      kind: 'number';
      /** Canonical decimal string, as printed: not scaled by a unit, not divided by 100 for percent. */
      value: string;
      /** Digits after the decimal point as printed ("1,234.50" → 2). */
      precision: number;
      /** The value is below zero (a printed "-0.00" is zero, so not negative). */
      negative: boolean;
      percent: boolean;
      /** "2.07个百分点": a difference of two percentages. */
      percentagePoints: boolean;
      /** A unit printed in the cell ("万元", "亿元", "元", "美元", "股", "元/股" …); currency symbols read as their unit ("¥1,000" → "元"). */
      inlineUnit: string | null;
    }
  | { kind: 'text' };

/**
 * Decimal constructor used for all arithmetic: precision high enough that sums, products
 * and divisions by powers of ten of printed amounts are exact, and no exponent notation.
 */
const ExactDecimal = Decimal.clone({ precision: 1000, toExpNeg: -9e15, toExpPos: 9e15 });

const CANONICAL = /^-?\d+(?:\.\d+)?$/;

/** Whether `value` is a canonical decimal string ("-0" and leading zeros are not). */
export function isCanonicalDecimal(value: string): boolean {
  if (!CANONICAL.test(value)) return false;
  const unsigned = value.startsWith('-') ? value.slice(1) : value;
  if (/^0\d/.test(unsigned)) return false;
  return !(value.startsWith('-') && /^[0.]+$/.test(unsigned));
}

/** A decimal.js value for a decimal string. Throws on anything that is not a finite decimal. */
const parsedDecimals = new Map<string, Decimal>();

export function toDecimal(value: string): Decimal {
  // Checks read the same printed amounts over and over; Decimals are immutable, so one parse serves.
  const cached = parsedDecimals.get(value);
  if (cached) return cached;
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(value.trim())) throw new Error(`Not a decimal string: ${JSON.stringify(value)}`);
  if (parsedDecimals.size > 100_000) parsedDecimals.clear();
  const parsed = new ExactDecimal(value.trim());
  parsedDecimals.set(value, parsed);
  return parsed;
}

/**
 * Canonical string for a decimal: fixed-point, `places` fraction digits (default: as many
 * as the value needs), and zero never signed.
 */
export function decimalToString(value: Decimal, places?: number): string {
  const text = places === undefined ? value.toFixed() : value.toFixed(places);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** Digits after the decimal point of a decimal string. */
export function precisionOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b` (numerically: "1.50" equals "1.5"). */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const result = toDecimal(a).cmp(toDecimal(b));
  return result < 0 ? -1 : result > 0 ? 1 : 0;
}

/**
 * A decimal string for display: thousands separators, the printed precision kept,
 * negatives with a minus or in accounting parentheses.
 */
export function formatDecimal(value: string, options: { negative?: 'minus' | 'parentheses' } = {}): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a decimal string: ${JSON.stringify(value)}`);
  const [, sign = '', integer = '0', fraction] = match;
  const grouped = integer.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const isNegative = sign === '-' && /[1-9]/.test(integer + (fraction ?? ''));
  if (!isNegative) return body;
  return options.negative === 'parentheses' ? `(${body})` : `-${body}`;
}

/**
 * Bare integers that are more likely a year, a date or a code than an amount: years
 * 1900–2099, yyyymmdd dates, six-digit security codes, zero-padded numbers, mobile phone
 * numbers. `parseNumber` still reads these as numbers; the table around them decides.
 */
export function looksLikeYearOrCode(raw: string): boolean {
  const text = normalizeText(raw).replace(/\s+/g, '');
  if (!/^\d+$/.test(text)) return false;
  if (/^(?:19|20)\d{2}$/.test(text)) return true;
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(text)) return true;
  if (text.length === 6) return true;
  if (text.length > 1 && text.startsWith('0')) return true;
  return /^1[3-9]\d{9}$/.test(text);
}

/** Cell contents that stand for "no value". Compared after NFKC and without spaces. */
const EMPTY_MARKERS = new Set(['', '/', '\\', '不适用', '无', '暂无', '空', 'N/A', 'NA', 'N.A.', 'NULL', '不存在']);
/** Any run of dashes: "-", "--", "—", "——", "－" (NFKC "-"), "–", "−", "―". */
const DASHES_ONLY = /^[-\u2010-\u2015\u2212\uFE58\uFE63~]+$/u;

/**
 * Footnote marks printed after a figure ("1,234.56注", "注1", "*", "※", "①", "¹"). Checked
 * before NFKC, which would turn "①" and "¹" into digits of the number.
 */
const FOOTNOTE_MARK = /^[*※#△▲†‡\u00B9\u00B2\u00B3\u2070\u2074-\u2079\u2460-\u2473\u2776-\u2793]$/u;
const CIRCLED_NUMBER = /^[\u2460-\u2473]$/u;
const isSpace = (char: string | undefined): boolean => char !== undefined && /^\s$/u.test(char);
const isAsciiDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/**
 * Where one trailing footnote item ending at `end` starts (spaces before it included): a
 * mark, or "注" with an optional number and parentheses; `end` when there is none.
 */
function footnoteItemStart(text: string, end: number): number {
  let at = end;
  if (FOOTNOTE_MARK.test(text[at - 1] ?? '')) {
    at--;
  } else {
    // "(注12)", "注①", "注 3", "注": read backwards.
    if (text[at - 1] === ')' || text[at - 1] === '）') at--;
    if (CIRCLED_NUMBER.test(text[at - 1] ?? '')) at--;
    else while (isAsciiDigit(text[at - 1])) at--;
    while (isSpace(text[at - 1])) at--;
    if (text[at - 1] !== '注') return end;
    at--;
    if (text[at - 1] === '(' || text[at - 1] === '（') at--;
  }
  while (isSpace(text[at - 1])) at--;
  return at;
}

function stripFootnote(raw: string): string {
  // Read from the end, one item at a time: linear, where a regular expression of repeated
  // marks before "$" backtracks exponentially on a long run of marks followed by text.
  let end = raw.length;
  for (let start = footnoteItemStart(raw, end); start < end; start = footnoteItemStart(raw, end)) end = start;
  const stripped = raw.slice(0, end);
  return /\d/.test(normalizeText(stripped)) ? stripped : raw;
}

/** Direction words a change column prints instead of a sign ("减少40.33个百分点"). */
const DIRECTION_PREFIX = /^(增加|增长|上升|提高|提升|减少|下降|降低|下滑)/u;
const NEGATIVE_DIRECTIONS = new Set(['减少', '下降', '降低', '下滑']);

/** Currency prefixes and the unit word each one stands for. */
const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['人民币', '元'],
  ['RMB', '元'],
  ['CNY', '元'],
  ['¥', '元'],
  ['US$', '美元'],
  ['USD', '美元'],
  ['美元', '美元'],
  ['HK$', '港元'],
  ['HKD', '港元'],
  ['港币', '港元'],
  ['港元', '港元'],
  ['$', '美元'],
];

/** Scale words that need a currency to be a unit ("US$100万" → "万美元"). */
const BARE_SCALES = ['万亿', '千万', '百万', '亿', '万', '千'];

/** Unit suffixes, longest first so "万元" wins over "元". */
const UNIT_SUFFIXES = [
  '元/股',
  '万亿元',
  '千万元',
  '百万元',
  '人民币元',
  '元人民币',
  '亿元',
  '万元',
  '千元',
  '亿美元',
  '万美元',
  '千美元',
  '美元',
  '亿港元',
  '万港元',
  '港元',
  '港币',
  '元',
  '亿股',
  '万股',
  '股',
  ...BARE_SCALES,
];

const PERCENT_POINT_SUFFIX = /(?:个百分点|百分点)$/u;

/** Integer part with comma groups, space groups (some PDFs), or none. */
const INTEGER_FORMS = [/^\d{1,3}(?:,\d{3})+/, /^\d{1,3}(?: \d{3})+/, /^\d+/];

function takePrefix(text: string, prefixes: readonly string[]): [string | null, string] {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return [prefix, text.slice(prefix.length)];
  return [null, text];
}

/**
 * Read one table cell or one figure: thousands separators (",", "，", spaces), printed
 * precision, negatives ("-", "−", "－", "–", "(1,234.00)"), "%", "个百分点", direction
 * words on change columns ("减少40.33个百分点" → -40.33), inline units and currency
 * symbols, full-width forms, trailing footnote marks (dropped). Dates, codes with
 * separators, version strings and mixed text are 'text'. Never throws.
 */
export function parseNumber(raw: string): ParsedNumber {
  const marker = raw.trim();
  const compact = normalizeText(raw).replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '');
  if (EMPTY_MARKERS.has(compact) || EMPTY_MARKERS.has(compact.toUpperCase()) || DASHES_ONLY.test(compact)) {
    return { kind: 'empty', marker };
  }
  if (/^[*※#]+$/u.test(compact)) return { kind: 'empty', marker };

  let text = normalizeText(stripFootnote(raw))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    // A space survives only between two digits, where it may separate thousands.
    .replace(/ (?!\d)|(?<!\d) /g, '');

  let negative = false;
  let signs = 0;

  const direction = DIRECTION_PREFIX.exec(text);
  if (direction) {
    negative = NEGATIVE_DIRECTIONS.has(direction[1] ?? '');
    signs += 1;
    text = text.slice(direction[0].length);
  }

  let parenthesised = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    parenthesised = true;
    negative = true;
    signs += 1;
    text = text.slice(1, -1);
  }

  const readSign = (): void => {
    const sign = /^[-+\u2212\u2013]/u.exec(text);
    if (!sign) return;
    signs += 1;
    if (sign[0] !== '+') negative = true;
    text = text.slice(1);
  };

  readSign();
  const [currencyPrefix, afterCurrency] = takePrefix(text, CURRENCY_PREFIXES.map(([prefix]) => prefix));
  text = afterCurrency;
  if (currencyPrefix) readSign();
  // "-(1,234)", "减少-3" and the like carry two signs: ambiguous, so not a number.
  if (signs > 1 || (parenthesised && /^[-+\u2212\u2013(]/u.test(text))) return { kind: 'text' };

  let integerText: string | null = null;
  for (const form of INTEGER_FORMS) {
    const match = form.exec(text);
    if (match) {
      integerText = match[0];
      break;
    }
  }
  if (integerText === null) return { kind: 'text' };
  text = text.slice(integerText.length);

  let fraction = '';
  const fractionMatch = /^\.(\d+)/.exec(text);
  if (fractionMatch) {
    fraction = fractionMatch[1] ?? '';
    text = text.slice(fractionMatch[0].length);
  }

  let percent = false;
  let percentagePoints = false;
  let unitSuffix: string | null = null;
  if (text === '%') {
    percent = true;
    text = '';
  } else if (PERCENT_POINT_SUFFIX.test(text) && text.replace(PERCENT_POINT_SUFFIX, '') === '') {
    percentagePoints = true;
    text = '';
  } else {
    const [suffix, rest] = takePrefix(text, UNIT_SUFFIXES);
    unitSuffix = suffix;
    text = rest;
  }
  if (text !== '') return { kind: 'text' };
  if ((percent || percentagePoints) && currencyPrefix) return { kind: 'text' };

  const integerDigits = integerText.replace(/[, ]/g, '').replace(/^0+(?=\d)/, '');
  const isZero = /^0*$/.test(integerDigits + fraction);
  const value = `${negative && !isZero ? '-' : ''}${integerDigits}${fraction ? `.${fraction}` : ''}`;

  return {
    kind: 'number',
    value,
    precision: fraction.length,
    negative: negative && !isZero,
    percent,
    percentagePoints,
    inlineUnit: inlineUnitOf(currencyPrefix, unitSuffix),
  };
}

function inlineUnitOf(currencyPrefix: string | null, unitSuffix: string | null): string | null {
  const currencyUnit = currencyPrefix === null ? null : (CURRENCY_PREFIXES.find(([p]) => p === currencyPrefix)?.[1] ?? null);
  if (unitSuffix === null) return currencyUnit;
  if (currencyUnit !== null && BARE_SCALES.includes(unitSuffix)) return `${unitSuffix}${currencyUnit}`;
  if (unitSuffix === '人民币元' || unitSuffix === '元人民币') return '元';
  if (unitSuffix === '港币') return '港元';
  return unitSuffix;
}
