/**
 * User-defined checks: "#812 = #810 + #811", "{资产总计} = {负债合计} + {所有者权益合计}",
 * "{key_figures:营业收入@change} = ({营业收入@current} - {营业收入@prior}) / {营业收入@prior} * 100".
 *
 * Operands are figure ids (#123), template references ({[table kind:]metric[@period]},
 * resolved by the caller) and decimal literals; + − × ÷ with the usual precedence, unary
 * minus and parentheses. The left side is one printed figure; the right side is computed
 * exactly (division to 28 significant digits) and compared at the left side's printed
 * precision, with the error the operands' own rounding allows.
 */
import { TABLE_KINDS, type FigureRecord, type TableKind } from '../../api/contract';
import { decimalToString, precisionOf, toDecimal } from '../numbers';
import { measureUnitOf } from './consistency';
import { approxAdd, approxDiv, approxMul, approxNeg, approxSub, exact, judgeComputed, printed, type Approx } from './ratios';
import type { Bilingual, CheckResult, FilingFigures } from './types';

/** A formula the parser could not read; `position` is the UTF-16 offset of the problem. */
export class FormulaError extends Error {
  readonly zh: string;
  constructor(
    readonly position: number,
    message: Bilingual,
  ) {
    super(`${message.en} (at ${position})`);
    this.name = 'FormulaError';
    this.zh = `${message.zh}（位置 ${position}）`;
  }
}

export type PeriodRef = 'current' | 'prior' | 'change';

export type FormulaRef =
  | { kind: 'figure'; id: number; text: string; position: number }
  | { kind: 'template'; tableKind: TableKind | null; metric: string; period: PeriodRef | null; text: string; position: number };

export type FormulaExpr =
  | { kind: 'ref'; ref: FormulaRef }
  | { kind: 'literal'; value: string }
  | { kind: 'negate'; operand: FormulaExpr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaExpr; right: FormulaExpr };

export interface Formula {
  source: string;
  left: FormulaRef;
  right: FormulaExpr;
  /** Every reference, left side first, in reading order. */
  references: FormulaRef[];
}

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

type Operator = '+' | '-' | '*' | '/' | '(' | ')' | '=';

type Token =
  | { kind: 'op'; op: Operator; position: number }
  | { kind: 'number'; value: string; position: number }
  | { kind: 'ref'; ref: FormulaRef; position: number }
  | { kind: 'end'; position: number };

/** Longest formula read; longer input is refused rather than parsed slowly. */
const MAX_LENGTH = 4000;
/** Deepest nesting of parentheses and unary minus; deeper input is refused, not overflowed. */
const MAX_DEPTH = 64;

/** Operators as typed on a Chinese keyboard, each one UTF-16 unit like its ASCII form. */
const OPERATORS: ReadonlyMap<string, Operator> = new Map(
  (
    [
      ['+', '+＋'],
      ['-', '-－−–'],
      ['*', '*＊×·'],
      ['/', '/／÷'],
      ['(', '(（'],
      [')', ')）'],
      ['=', '=＝'],
    ] as const
  ).flatMap(([op, forms]) => [...forms].map((form) => [form, op] as const)),
);

const PERIODS: readonly PeriodRef[] = ['current', 'prior', 'change'];

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function readNumber(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (isDigit(text[end])) end++;
  if (text[end] === '.') {
    if (!isDigit(text[end + 1])) throw new FormulaError(end, { zh: '小数点后缺少数字', en: 'Digits expected after the decimal point' });
    end++;
    while (isDigit(text[end])) end++;
  }
  const literal = text.slice(start, end);
  return { value: decimalToString(toDecimal(literal), precisionOf(literal)), end };
}

function readFigureRef(text: string, start: number): { ref: FormulaRef; end: number } {
  let end = start + 1;
  while (isDigit(text[end])) end++;
  const digits = text.slice(start + 1, end);
  const id = Number(digits);
  if (digits === '' || !Number.isSafeInteger(id)) {
    throw new FormulaError(start, { zh: '“#”后应为数据编号', en: 'A figure id is expected after "#"' });
  }
  return { ref: { kind: 'figure', id, text: text.slice(start, end), position: start }, end };
}

/** "{货币资金}", "{balance_sheet:货币资金@current}". */
function readTemplateRef(text: string, start: number): { ref: FormulaRef; end: number } {
  const close = text.slice(start + 1).search(/[}｝{｛]/u);
  const end = close < 0 ? -1 : start + 1 + close;
  if (end < 0 || text[end] === '{' || text[end] === '｛') {
    throw new FormulaError(start, { zh: '引用缺少右花括号“}”', en: 'The reference is missing its closing "}"' });
  }
  let body = text.slice(start + 1, end).trim();
  let period: PeriodRef | null = null;
  const at = body.lastIndexOf('@');
  if (at >= 0) {
    const word = body.slice(at + 1).trim();
    if (!PERIODS.includes(word as PeriodRef)) {
      throw new FormulaError(start + 1 + at, { zh: `期间应为 current、prior 或 change：“${word}”`, en: `The period must be current, prior or change: "${word}"` });
    }
    period = word as PeriodRef;
    body = body.slice(0, at).trim();
  }
  let tableKind: TableKind | null = null;
  const kindMatch = /^([A-Za-z_]+)\s*[:：]\s*/u.exec(body);
  if (kindMatch) {
    const word = kindMatch[1] ?? '';
    if (!TABLE_KINDS.includes(word as TableKind)) {
      throw new FormulaError(start + 1, { zh: `未知的表格类型“${word}”`, en: `Unknown table kind "${word}"` });
    }
    tableKind = word as TableKind;
    body = body.slice(kindMatch[0].length).trim();
  }
  if (body === '') throw new FormulaError(start, { zh: '引用中缺少科目名称', en: 'The reference names no metric' });
  return { ref: { kind: 'template', tableKind, metric: body, period, text: text.slice(start, end + 1), position: start }, end: end + 1 };
}

function fullWidthDigitsToAscii(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30)));
}

function tokenize(source: string): Token[] {
  const text = fullWidthDigitsToAscii(source);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/u.test(char)) {
      i++;
    } else if (OPERATORS.has(char)) {
      tokens.push({ kind: 'op', op: OPERATORS.get(char)!, position: i });
      i++;
    } else if (isDigit(char)) {
      const { value, end } = readNumber(text, i);
      tokens.push({ kind: 'number', value, position: i });
      i = end;
    } else if (char === '#' || char === '＃') {
      const { ref, end } = readFigureRef(text, i);
      tokens.push({ kind: 'ref', ref, position: i });
      i = end;
    } else if (char === '{' || char === '｛') {
      const { ref, end } = readTemplateRef(text, i);
      tokens.push({ kind: 'ref', ref, position: i });
      i = end;
    } else {
      throw new FormulaError(i, { zh: `无法识别的字符“${char}”`, en: `Unexpected character "${char}"` });
    }
  }
  tokens.push({ kind: 'end', position: text.length });
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Parser: expr := term (("+" | "-") term)*; term := factor (("*" | "/") factor)*;
// factor := ("-" | "+") factor | "(" expr ")" | number | reference
// ---------------------------------------------------------------------------------------

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  /** The next token's operator when it is one of `ops` (consumed), else null. */
  private take<T extends Operator>(...ops: T[]): T | null {
    const token = this.peek();
    if (token.kind !== 'op' || !(ops as Operator[]).includes(token.op)) return null;
    this.index++;
    return token.op as T;
  }

  expression(depth: number): FormulaExpr {
    let left = this.term(depth);
    for (let op = this.take('+', '-'); op !== null; op = this.take('+', '-')) {
      left = { kind: 'binary', op, left, right: this.term(depth) };
    }
    return left;
  }

  private term(depth: number): FormulaExpr {
    let left = this.factor(depth);
    for (let op = this.take('*', '/'); op !== null; op = this.take('*', '/')) {
      left = { kind: 'binary', op, left, right: this.factor(depth) };
    }
    return left;
  }

  private factor(depth: number): FormulaExpr {
    const token = this.next();
    if (depth > MAX_DEPTH) throw new FormulaError(token.position, { zh: '嵌套层数过多', en: 'Too deeply nested' });
    if (token.kind === 'number') return { kind: 'literal', value: token.value };
    if (token.kind === 'ref') return { kind: 'ref', ref: token.ref };
    if (token.kind === 'op' && token.op === '-') return { kind: 'negate', operand: this.factor(depth + 1) };
    if (token.kind === 'op' && token.op === '+') return this.factor(depth + 1);
    if (token.kind === 'op' && token.op === '(') {
      const inner = this.expression(depth + 1);
      const close = this.next();
      if (close.kind !== 'op' || close.op !== ')') throw new FormulaError(close.position, { zh: '缺少右括号“)”', en: 'A closing ")" is expected' });
      return inner;
    }
    if (token.kind === 'end') throw new FormulaError(token.position, { zh: '公式不完整，缺少运算数', en: 'The formula ends where an operand is expected' });
    throw new FormulaError(token.position, { zh: '此处应为数据引用、数字或左括号', en: 'A reference, a number or "(" is expected here' });
  }
}

function referencesOf(expr: FormulaExpr): FormulaRef[] {
  switch (expr.kind) {
    case 'ref':
      return [expr.ref];
    case 'literal':
      return [];
    case 'negate':
      return referencesOf(expr.operand);
    case 'binary':
      return [...referencesOf(expr.left), ...referencesOf(expr.right)];
  }
}

/** Read "A = expression". Throws FormulaError, and nothing else, on input it cannot read. */
export function parseFormula(text: string): Formula {
  if (text.length > MAX_LENGTH) throw new FormulaError(MAX_LENGTH, { zh: `公式过长（上限 ${MAX_LENGTH} 字符）`, en: `The formula is too long (limit ${MAX_LENGTH} characters)` });
  const tokens = tokenize(text);
  const equals = tokens.filter((t) => t.kind === 'op' && t.op === '=');
  if (equals.length !== 1) {
    throw new FormulaError(equals[1]?.position ?? 0, { zh: '公式应有且只有一个等号“=”', en: 'A formula needs exactly one "="' });
  }
  const split = tokens.indexOf(equals[0]!);
  const leftTokens = tokens.slice(0, split);
  const first = leftTokens[0];
  if (leftTokens.length !== 1 || first?.kind !== 'ref') {
    throw new FormulaError(first?.position ?? 0, { zh: '等号左边应为单个数据引用', en: 'The left side must be a single figure reference' });
  }
  const parser = new Parser(tokens.slice(split + 1));
  const right = parser.expression(0);
  const rest = parser.peek();
  if (rest.kind !== 'end') throw new FormulaError(rest.position, { zh: '多余的内容', en: 'Unexpected input after the formula' });
  return { source: text, left: first.ref, right, references: [first.ref, ...referencesOf(right)] };
}

// ---------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------

type Resolved = Map<FormulaRef, FigureRecord>;

const ZERO_DIVISOR: Bilingual = { zh: '除数为零（或在舍入误差内为零）', en: 'A divisor is zero, or zero within its rounding' };

class DivisionByZero {}

/**
 * A referenced figure in the unit of the sum: money in the left side's unit when it is
 * money (else in the first money operand's), so 元 and 万元 figures add up correctly.
 */
function operandIn(figure: FigureRecord, moneyScale: FigureRecord | undefined): Approx {
  const value = printed(figure.value, figure.precision);
  const unit = measureUnitOf(figure);
  if (!moneyScale || unit.base !== 'CNY') return value;
  const factor = unit.scale.div(measureUnitOf(moneyScale).scale);
  return approxMul(value, exact(factor));
}

function evaluate(expr: FormulaExpr, resolved: Resolved, moneyScale: FigureRecord | undefined): Approx {
  switch (expr.kind) {
    case 'literal':
      return exact(toDecimal(expr.value));
    case 'ref':
      return operandIn(resolved.get(expr.ref)!, moneyScale);
    case 'negate':
      return approxNeg(evaluate(expr.operand, resolved, moneyScale));
    case 'binary': {
      const left = evaluate(expr.left, resolved, moneyScale);
      const right = evaluate(expr.right, resolved, moneyScale);
      if (expr.op === '+') return approxAdd(left, right);
      if (expr.op === '-') return approxSub(left, right);
      if (expr.op === '*') return approxMul(left, right);
      const quotient = approxDiv(left, right);
      if (!quotient) throw new DivisionByZero();
      return quotient;
    }
  }
}

function baseResult(formula: Formula, figures: readonly FigureRecord[]): Omit<CheckResult, 'expected' | 'actual' | 'difference' | 'tolerance' | 'status' | 'reason'> {
  const compact = formula.source.replace(/\s+/gu, '');
  const anchor = figures.length > 0 ? figures.map((f) => f.id).join('-') : 'unresolved';
  return {
    key: `custom:formula:${anchor}:${compact}`,
    family: 'custom',
    rule: 'custom.formula',
    description: { zh: `自定义公式：${formula.source.trim()}`, en: `Custom formula: ${formula.source.trim()}` },
    figureIds: figures.map((f) => f.id),
  };
}

function cannotEvaluate(formula: Formula, figures: readonly FigureRecord[], reason: Bilingual): CheckResult {
  return { ...baseResult(formula, figures), expected: null, actual: figures[0]?.value ?? null, difference: null, tolerance: null, status: 'cannot_evaluate', reason };
}

/** The left side's printed value against the right side computed exactly. */
export function evaluateFormula(formula: Formula, resolve: (ref: FormulaRef) => FigureRecord | undefined): CheckResult {
  const resolved: Resolved = new Map();
  const missing: FormulaRef[] = [];
  for (const ref of formula.references) {
    const figure = resolve(ref);
    if (figure) resolved.set(ref, figure);
    else missing.push(ref);
  }
  const figures = [...new Set(formula.references.flatMap((ref) => resolved.get(ref) ?? []))];
  if (missing.length > 0) {
    const names = missing.map((ref) => ref.text).join('、');
    return cannotEvaluate(formula, figures, { zh: `找不到引用的数据：${names}`, en: `Referenced figures not found: ${missing.map((r) => r.text).join(', ')}` });
  }
  const left = resolved.get(formula.left)!;
  const moneyScale = measureUnitOf(left).base === 'CNY' ? left : figures.find((f) => measureUnitOf(f).base === 'CNY');
  try {
    const computed = evaluate(formula.right, resolved, moneyScale);
    return { ...baseResult(formula, figures), ...judgeComputed(computed, left), reason: null };
  } catch (error) {
    if (error instanceof DivisionByZero) return cannotEvaluate(formula, figures, ZERO_DIVISOR);
    throw error;
  }
}

/**
 * Resolve references in one filing: "#id" by id; a template by canonical name (or metric as
 * printed), table kind and period kind, current period when none is named, statements'
 * consolidated tables before others (the first match in figure order otherwise).
 */
export function filingResolver(filing: FilingFigures): (ref: FormulaRef) => FigureRecord | undefined {
  const tables = new Map(filing.tables.map((t) => [t.id, t] as const));
  const parentOnly = (f: FigureRecord): boolean => /母公司/u.test((f.tableId === null ? undefined : tables.get(f.tableId))?.title ?? '');
  return (ref) => {
    if (ref.kind === 'figure') return filing.figures.find((f) => f.id === ref.id);
    const period = ref.period ?? 'current';
    const candidates = filing.figures.filter((f) => {
      if (f.source !== 'table' || f.tableId === null || f.periodKind !== period) return false;
      if (f.canonical !== ref.metric && f.metric !== ref.metric) return false;
      return ref.tableKind === null || tables.get(f.tableId)?.kind === ref.tableKind;
    });
    return candidates.find((f) => !parentOnly(f)) ?? candidates[0];
  };
}
