/**
 * What a piece of cell text looks like: an amount, a placeholder, a page number.
 * Filings print amounts as "1,234.56", "(12.00)", "-30.56", "46.48%"; "-" or "—"
 * stands for "nothing".
 */

const AMOUNT = /^[-−+]?[(（]?[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)）]?$/u;
const PLACEHOLDER = /^[-—–－/]+$/u;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
const WORD_CHAR = /[A-Za-z0-9]/u;
const LETTER = /[A-Za-z]/u;

export function isAmount(text: string): boolean {
  return AMOUNT.test(text.replace(/\s+/gu, ''));
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** An amount that could not be a list number or a year: it has separators, decimals or a percent sign. */
export function isFormattedAmount(text: string): boolean {
  const compact = text.replace(/\s+/gu, '');
  return isAmount(compact) && /[,.%]/u.test(compact);
}

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * Whether two pieces of text, one continuing the other, need a space between them:
 * only between Latin words (and a number followed by a word); never next to CJK,
 * and not between digits, which is a number wrapped inside a narrow cell.
 */
export function needsSpaceBetween(before: string, after: string): boolean {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (!WORD_CHAR.test(last) || !WORD_CHAR.test(first)) return false;
  return LETTER.test(last) || LETTER.test(first);
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const SPACE_NEXT_TO_CJK = /(?<=[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]) | (?=[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F])/gu;

/**
 * Collapses white space and drops it next to CJK characters, where it is layout
 * (justified text spread letter by letter: "与 股 改 相 关"), not a word break.
 */
export function tidySpaces(text: string): string {
  return collapseSpaces(text).replace(SPACE_NEXT_TO_CJK, '');
}
