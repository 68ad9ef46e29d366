/**
 * Column headers → the period a column reports: "本期发生额", "期末余额", "2025年6月30日",
 * "2024年半年度", or a change measure such as "本期比上年同期增减(%)".
 */
import { normalizeText } from './text-lines';

export interface PeriodInfo {
  /** The report's own period, the comparison period, or a change between the two. */
  kind: 'current' | 'prior' | 'change';
  /** A flow over a span of time (income, cash flow) or a balance at a date. */
  basis: 'duration' | 'instant';
  /** The header as printed (trimmed). */
  label: string;
  /** ISO dates, when the header prints them or the report period lets them be derived. */
  start?: string;
  end?: string;
}

export interface PeriodContext {
  /** Last day of the reporting period, e.g. "2025-06-30". */
  reportPeriodEnd?: string;
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthEnd(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

function parseIso(date: string | undefined): YearMonthDay | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return iso(year, month, day);
}

/** The same calendar position a year earlier: month ends stay month ends (2024-02-29 → 2023-02-28). */
function yearEarlier(date: string): string {
  const parsed = parseIso(date);
  if (!parsed) return date;
  const { year, month, day } = parsed;
  if (day === daysInMonth(year, month)) return monthEnd(year - 1, month);
  return iso(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}

function dayBefore(date: string): string {
  const parsed = parseIso(date);
  if (!parsed) return date;
  const d = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day - 1));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

interface DatedSpan {
  basis: 'duration' | 'instant';
  start?: string;
  end: string;
}

/** Dates a header prints itself: "2025年6月30日", "2025年1-6月", "2024年度", "2025年半年度", "2025年第一季度". */
function datedSpan(text: string): DatedSpan | null {
  const ymd = String.raw`(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./])(\d{1,2})日?`;
  const range = new RegExp(`${ymd}(?:至|-|~)${ymd}`, 'u').exec(text);
  if (range) {
    const start = validDate(Number(range[1]), Number(range[2]), Number(range[3]));
    const end = validDate(Number(range[4]), Number(range[5]), Number(range[6]));
    return start && end ? { basis: 'duration', start, end } : null;
  }
  const months = /(\d{4})年(?:度)?(\d{1,2})(?:月)?-(\d{1,2})月/u.exec(text);
  if (months) {
    const year = Number(months[1]);
    const [from, to] = [Number(months[2]), Number(months[3])];
    if (from < 1 || to > 12 || from > to) return null;
    return { basis: 'duration', start: iso(year, from, 1), end: monthEnd(year, to) };
  }
  const date = new RegExp(ymd, 'u').exec(text);
  if (date) {
    const end = validDate(Number(date[1]), Number(date[2]), Number(date[3]));
    return end ? { basis: 'instant', end } : null;
  }
  const quarter = /(\d{4})年(?:第)?([一二三四1-4])季度(末)?/u.exec(text);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = CHINESE_DIGITS[quarter[2] ?? ''] ?? Number(quarter[2]);
    const end = monthEnd(year, q * 3);
    return quarter[3] ? { basis: 'instant', end } : { basis: 'duration', start: iso(year, q * 3 - 2, 1), end };
  }
  const firstThree = /(\d{4})年前三季度(末)?/u.exec(text);
  if (firstThree) {
    const year = Number(firstThree[1]);
    return firstThree[2] ? { basis: 'instant', end: iso(year, 9, 30) } : { basis: 'duration', start: iso(year, 1, 1), end: iso(year, 9, 30) };
  }
  const half = /(\d{4})年(?:度)?(上|下)?半年(?:度)?(末)?/u.exec(text);
  if (half) {
    const year = Number(half[1]);
    const second = half[2] === '下';
    const end = second ? iso(year, 12, 31) : iso(year, 6, 30);
    return half[3] ? { basis: 'instant', end } : { basis: 'duration', start: second ? iso(year, 7, 1) : iso(year, 1, 1), end };
  }
  const monthInstant = /(\d{4})年(\d{1,2})月(?:末|底)/u.exec(text);
  if (monthInstant) {
    const [year, month] = [Number(monthInstant[1]), Number(monthInstant[2])];
    return month >= 1 && month <= 12 ? { basis: 'instant', end: monthEnd(year, month) } : null;
  }
  const yearEnd = /(\d{4})年(?:度)?(?:末|底)/u.exec(text);
  if (yearEnd) return { basis: 'instant', end: iso(Number(yearEnd[1]), 12, 31) };
  const yearStart = /(\d{4})年初/u.exec(text);
  if (yearStart) return { basis: 'instant', end: iso(Number(yearStart[1]), 1, 1) };
  // "2024年度", "2024年", "2024年度金额"; not "2024年3月" (a month alone is ambiguous).
  const year = /(\d{4})年(?:度)?(?!\d|第|[上下前]|半)/u.exec(text);
  if (year && !/年\d{1,2}月/u.test(text)) {
    const y = Number(year[1]);
    return { basis: 'duration', start: iso(y, 1, 1), end: iso(y, 12, 31) };
  }
  return null;
}

/** Columns that hold a share of something or a movement, not the period's amount. */
const NOT_A_PERIOD_COLUMN = /占.*(?:比例|比重)|占比|比重|(?:^|本期|本年|上期|上年)(?:增加|减少|计提|转回|转销|核销|摊销|新增|处置|提取|使用)/u;
const CHANGE_COLUMN =
  /增减|变动比例|变动幅度|变化幅度|变动率|变化率|增长率|增减率|变动额|变动金额|变动情况|同比(?:增|减|变)|(?:比|较)(?:上年|去年|上期|年初|期初)|^变动$|^变化$/u;

/**
 * The period a column header reports, or null when the header names no period (or names a
 * share or movement column such as "本期期末数占总资产的比例(%)", "本期增加").
 *
 * With `reportPeriodEnd` the ISO dates are derived and dated headers are placed (the report
 * date's column is current, earlier ones prior). Without it a dated header is reported as
 * 'current': use `parsePeriodColumns` to place a set of dated headers against each other.
 * "本报告期" in a third-quarter report (period ending in September) is the quarter; every
 * other relative header runs from 1 January, as Chinese statements do.
 */
export function parsePeriod(header: string, context: PeriodContext = {}): PeriodInfo | null {
  const label = header.trim();
  const text = normalizeText(header)
    .replace(/\s+/g, '')
    .replace(/[—–~～−]/gu, '-');
  if (text === '') return null;
  const report = parseIso(context.reportPeriodEnd);
  const reportEnd = report ? iso(report.year, report.month, report.day) : undefined;

  if (CHANGE_COLUMN.test(text)) {
    return { kind: 'change', basis: /末|初|余额/u.test(text) ? 'instant' : 'duration', label };
  }
  if (NOT_A_PERIOD_COLUMN.test(text)) return null;

  const dated = datedSpan(text);
  if (dated) {
    let kind: PeriodInfo['kind'] = 'current';
    if (reportEnd) {
      if (dated.end > reportEnd) return null;
      if (dated.end < reportEnd) kind = 'prior';
    }
    return { kind, basis: dated.basis, label, ...(dated.start ? { start: dated.start } : {}), end: dated.end };
  }

  // "(1-6月)" after a relative header narrows it to those months of the report year.
  const monthsInParens = /\((\d{1,2})-(\d{1,2})月\)/u.exec(text);
  const words = text.replace(/\([^()]*\)/gu, '');
  const year = report?.year;
  const ytdStart = year === undefined ? undefined : iso(year, 1, 1);
  const priorYearEnd = year === undefined ? undefined : iso(year - 1, 12, 31);

  const with_ = (kind: PeriodInfo['kind'], basis: PeriodInfo['basis'], start?: string, end?: string): PeriodInfo => ({
    kind,
    basis,
    label,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
  });

  // Balances at a date. Prior ones first: "上年期末" and "上期期末" also contain "期末".
  if (/上年同期末|去年同期末/u.test(words)) return with_('prior', 'instant', undefined, reportEnd && yearEarlier(reportEnd));
  if (/上年度末|上年末|上年年末|上年期末|去年末|去年年末|上期期末|上期末|期初|年初(?!至)/u.test(words)) {
    return with_('prior', 'instant', undefined, ytdStart && dayBefore(ytdStart));
  }
  if (/期末|报告期末|本年末|本年年末|年末/u.test(words) && !/年初至/u.test(words)) {
    return with_('current', 'instant', undefined, reportEnd);
  }

  // Flows over a span.
  let currentStart = ytdStart;
  let currentEnd = reportEnd;
  if (monthsInParens && year !== undefined) {
    const [from, to] = [Number(monthsInParens[1]), Number(monthsInParens[2])];
    if (from >= 1 && to <= 12 && from <= to) {
      currentStart = iso(year, from, 1);
      currentEnd = monthEnd(year, to);
    }
  }

  if (/^上年(?:年初至报告期末|同期累计|累计)|^去年同期累计/u.test(words)) {
    return with_('prior', 'duration', year === undefined ? undefined : iso(year - 1, 1, 1), reportEnd && yearEarlier(reportEnd));
  }
  if (/^(?:年初至(?:本)?报告期末|本年累计|本期累计|年初至今)/u.test(words)) {
    return with_('current', 'duration', ytdStart, reportEnd);
  }
  if (/^(?:上年同期|去年同期|上期|上年同期数|同期)/u.test(words)) {
    return with_('prior', 'duration', currentStart && yearEarlier(currentStart), currentEnd && yearEarlier(currentEnd));
  }
  if (/^(?:上年度|上一年度|上年|去年)/u.test(words)) {
    return with_('prior', 'duration', year === undefined ? undefined : iso(year - 1, 1, 1), priorYearEnd);
  }
  if (/^本报告期/u.test(words)) {
    if (!monthsInParens && report && report.month === 9) currentStart = iso(report.year, 7, 1);
    return with_('current', 'duration', currentStart, currentEnd);
  }
  if (/^(?:本期|本年度|本年|当期|报告期)/u.test(words)) {
    return with_('current', 'duration', currentStart, currentEnd);
  }
  return null;
}

/**
 * Periods for a row of column headers. Without a report period the latest date the
 * headers print is taken as the report date, so "2025年6月30日 | 2024年12月31日" reads as
 * current | prior and "2025年半年度 | 2024年半年度" likewise.
 */
export function parsePeriodColumns(headers: readonly string[], context: PeriodContext = {}): (PeriodInfo | null)[] {
  if (context.reportPeriodEnd) return headers.map((h) => parsePeriod(h, context));
  const ends = headers
    .map((h) => parsePeriod(h))
    .filter((p): p is PeriodInfo => p !== null && p.kind !== 'change' && p.end !== undefined)
    .map((p) => p.end as string);
  const latest = ends.sort().at(-1);
  return headers.map((h) => parsePeriod(h, latest ? { reportPeriodEnd: latest } : {}));
}
