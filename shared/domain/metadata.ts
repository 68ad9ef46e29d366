/**
 * Filing metadata read from the text of a filing's first pages and its last page:
 * security code, short name, company, title, document type, report period and
 * disclosure date. Pure: lines in, fields out; a field it cannot read is null.
 */
import type { DocumentType } from '../api/contract';

export interface FilingMetadata {
  securityCode: string | null;
  shortName: string | null;
  company: string | null;
  title: string | null;
  documentType: DocumentType;
  reportPeriod: string | null;
  disclosureDate: string | null;
}

const CODE = /(?:证券|股票|公司|债券)代码\s*[:：]?\s*(\d{6})/;
const SHORT_NAME = /(?:证券|股票|公司)简称\s*[:：]?\s*((?:\*?ST)?[\u4e00-\u9fffA-Za-z]{2,8}?)(?=\s|公告|编号|[,，;；]|$)/;
const COMPANY_SUFFIX = '(?:股份有限公司|有限责任公司|有限公司)';
const COMPANY_ALONE = new RegExp(`^[\\u4e00-\\u9fff()（）]{2,40}${COMPANY_SUFFIX}$`);
const COMPANY_INSIDE = new RegExp(`(?:关于)?([\\u4e00-\\u9fff()（）]{2,30}?${COMPANY_SUFFIX})`);
const TITLE_END = /(?:公告|报告|报告全文|报告摘要|制度|办法|规则|回复|意见|核查意见|说明|预案|公告书)$/;
const TITLE_WORDS = /公告|报告|制度|回复|意见|问询函/;
const PERIOD_KIND: Record<string, string> = {
  半年度: 'H1',
  第一季度: 'Q1',
  第二季度: 'Q2',
  第三季度: 'Q3',
  年度: 'FY',
};

function compact(line: string): string {
  return line.replace(/\s+/g, '');
}

function firstMatch(lines: readonly string[], pattern: RegExp, group = 1): string | null {
  for (const line of lines) {
    const match = pattern.exec(line) ?? pattern.exec(compact(line));
    if (match?.[group]) return match[group]!;
  }
  return null;
}

function findCompany(lines: readonly string[]): string | null {
  const alone = lines.map(compact).find((line) => COMPANY_ALONE.test(line));
  if (alone) return alone.replace(/^关于/, '');
  return firstMatch(lines, COMPANY_INSIDE);
}

/** The title: the first line naming the filing, joined with the lines that continue it. */
function findTitle(lines: readonly string[], company: string | null): string | null {
  const candidates = lines.map(compact);
  const start = candidates.findIndex(
    (line) => TITLE_WORDS.test(line) && !CODE.test(line) && !/保证|承担|负责|声明/.test(line) && line.length <= 80,
  );
  if (start < 0) return null;
  let title = candidates[start]!;
  for (let i = start + 1; i < Math.min(candidates.length, start + 3) && !TITLE_END.test(title); i++) {
    const next = candidates[i]!;
    if (next.length > 60 || /保证|承担/.test(next)) break;
    title += next;
  }
  if (company && title === company) return null;
  return title;
}

/** The order matters: a reply to an inquiry on an annual report is a reply, and a policy on related-party transactions is a policy. */
export function classifyDocument(title: string): DocumentType {
  if (/问询函|问询/.test(title) && /回复|答复/.test(title)) return 'inquiry_reply';
  if (/(?:管理)?制度|管理办法|议事规则/.test(title)) return 'policy';
  if (/半年度报告|半年报|中期报告/.test(title)) return 'half_year_report';
  if (/季度报告/.test(title)) return 'quarterly_report';
  if (/年度报告|年报/.test(title)) return 'annual_report';
  if (/关联交易/.test(title)) return 'related_party_announcement';
  return 'other';
}

export function findReportPeriod(text: string): string | null {
  const flat = compact(text);
  const report = /(\d{4})年(半年度|第一季度|第二季度|第三季度|年度)报告/.exec(flat);
  if (report) return `${report[1]}-${PERIOD_KIND[report[2]!]}`;
  const annualReportConcerned = /(\d{4})年(?:年报|年度报告)/.exec(flat);
  if (annualReportConcerned) return `${annualReportConcerned[1]}-FY`;
  const relatedParty = /(\d{4})年度?(?:日常性?)?关联交易/.exec(flat);
  if (relatedParty) return `${relatedParty[1]}-FY`;
  return null;
}

// Word documents often write the zero of 二〇一八 as a Latin O.
const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, ο: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二五 → 2025 (digit by digit); 十二 → 12, 二十八 → 28 (tens). */
function chineseNumber(text: string, positional: boolean): number | null {
  if (positional) {
    const digits = [...text].map((c) => CHINESE_DIGITS[c]);
    return digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
  }
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const tens = match[2] ? (match[1] ? CHINESE_DIGITS[match[1]]! : 1) : 0;
  const ones = match[3] ? CHINESE_DIGITS[match[3]]! : match[2] ? 0 : match[1] ? CHINESE_DIGITS[match[1]]! : 0;
  return tens * 10 + ones;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last full date written on the last page: where filings put their signature date. */
export function findDisclosureDate(lines: readonly string[]): string | null {
  const flat = lines.map(compact).join('\n');
  let found: string | null = null;
  for (const m of flat.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
    found = isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? found;
  }
  for (const m of flat.matchAll(/([〇零Ooο一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g)) {
    const year = chineseNumber(m[1]!, true);
    const month = chineseNumber(m[2]!, false);
    const day = chineseNumber(m[3]!, false);
    if (year !== null && month !== null && day !== null) found = isoDate(year, month, day) ?? found;
  }
  return found;
}

/**
 * Exchanges' download names start with the code and often the short name
 * ("002020_京新药业_….pdf"): the fallback for a filing whose pages never print them.
 */
export function codeFromFileName(fileName: string): { securityCode: string | null; shortName: string | null } {
  const match = /^(\d{6})(?:[_\-\s]+([\u4e00-\u9fff*A-Z]{2,8}?)(?=[_\-\s.]))?/.exec(fileName.normalize('NFKC'));
  return { securityCode: match?.[1] ?? null, shortName: match?.[2] ?? null };
}

export function detectMetadata(
  firstPagesLines: readonly string[],
  lastPageLines: readonly string[],
  fileName = '',
): FilingMetadata {
  const fromFileName = codeFromFileName(fileName);
  const printedCode = firstMatch(firstPagesLines, CODE);
  const securityCode = printedCode ?? fromFileName.securityCode;
  const shortName = firstMatch(firstPagesLines, SHORT_NAME) ?? (fromFileName.securityCode === securityCode ? fromFileName.shortName : null);
  const company = findCompany(firstPagesLines);
  const title = findTitle(firstPagesLines, company);
  const opening = firstPagesLines.slice(0, 15).join('\n');
  const basis = title ?? opening;
  // A reply names the inquiry letter on its first lines even when its title is cut short;
  // a periodic report never does, so the opening lines decide this one type.
  const documentType = classifyDocument(basis) === 'other' || /问询函/.test(compact(opening)) ? classifyDocument(compact(opening).includes('回复') ? opening : basis) : classifyDocument(basis);
  return {
    securityCode,
    shortName,
    company,
    title,
    documentType,
    reportPeriod: findReportPeriod(basis),
    disclosureDate: findDisclosureDate(lastPageLines),
  };
}
