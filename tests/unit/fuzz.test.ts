/**
 * Fuzzing the two parsers that read untrusted text: the number parser (every cell and
 * figure of a filing) and the check-formula parser (what a reviewer types). Beyond the
 * property tests beside each parser (numbers.test.ts: random strings over a small
 * alphabet, and the formatted-amount round trip; checks-formula.test.ts: random binary
 * strings and a formula piece grammar), this file generates full-Unicode input, input
 * from a grammar of number-like tokens (digits of every script, separators, 万/亿/%/个百分点,
 * parentheses, minus signs of every kind), long runs made to trip backtracking regular
 * expressions, and evaluates every formula that parses against random figures.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../shared/api/contract';
import { evaluateFormula, FormulaError, parseFormula, type FormulaRef } from '../../shared/domain/checks/formula';
import { findNarrativeFigures } from '../../shared/domain/narrative';
import { formatDecimal, isCanonicalDecimal, parseNumber, precisionOf, type ParsedNumber } from '../../shared/domain/numbers';
import { blankFigure, figureRecord } from './figure-fixture';

/** FUZZ_SCALE=20 npx vitest run tests/unit/fuzz.test.ts runs twenty times as many cases. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const runs = (n: number): number => Math.round(n * SCALE);
const fuzzTimeout = { timeout: 10_000 * SCALE };

// ---------------------------------------------------------------------------------------
// Token grammar
// ---------------------------------------------------------------------------------------

/** Ten digits in each script a PDF's text layer may carry. */
const DIGIT_SCRIPTS: readonly string[][] = [
  [...'0123456789'],
  [...'０１２３４５６７８９'],
  [...'٠١٢٣٤٥٦٧٨٩'], // Arabic-Indic
  [...'۰۱۲۳۴۵۶۷۸۹'], // Extended Arabic-Indic
  [...'०१२३४५६७८९'], // Devanagari
  [...'⁰¹²³⁴⁵⁶⁷⁸⁹'],
  [...'₀₁₂₃₄₅₆₇₈₉'],
  [...'⓪①②③④⑤⑥⑦⑧⑨'],
  [...'𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'], // mathematical bold: surrogate pairs
  [...'〇一二三四五六七八九'],
];
const MINUS_SIGNS = ['-', '\u2212', '\uFF0D', '\u2013', '\u2014', '\u2010', '\u2011', '\u2012', '\u2015', '\uFE58', '\uFE63', '\u207B', '\u208B', '\u2796', '~', '+', '\uFF0B', '\u207A'];
const SEPARATORS = [',', '，', '、', ' ', '\u00A0', '\u2009', '\u202F', '\u3000', "'", '_', '.', '．', '·', '。', '\u200B', '\uFEFF'];
const DECIMAL_POINTS = ['.', '．', '。', '·', ','];
const OPEN = ['(', '（', '⁽', '﹙', '[', '【'];
const CLOSE = [')', '）', '⁾', '﹚', ']', '】'];
const DIRECTIONS = ['增加', '增长', '减少', '下降', '降低', '上升'];
const CURRENCIES = ['¥', '￥', 'US$', '$', 'HK$', '人民币', 'RMB', 'CNY', 'USD', '港币'];
const SUFFIXES = ['%', '％', '‰', '万', '亿', '千', '万元', '亿元', '千元', '元', '美元', '港元', '个百分点', '百分点', '股', '万股', '元/股', '注', '注1', '(注2)', '（注③）', '*', '※', '#', '①', '¹', '²³', ' 注 1'];
const EXOTIC = ['e5', 'E-3', 'e+308', 'Infinity', '-Infinity', 'NaN', '0x1F', '0b101', '1e309', '..', '--', '  ', '\u0000', '\uD800', '\uDFFF', '\u202E', '\u0301', '\t', '\n'];

const oneOf = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
/** Present about one time in four: most figures carry few decorations. */
const maybe = (value: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, { arbitrary: value, weight: 1 });

const digits = (script: number, count: { minLength: number; maxLength: number }): fc.Arbitrary<string> =>
  fc.array(fc.nat({ max: 9 }), count).map((ds) => ds.map((d) => DIGIT_SCRIPTS[script]![d]).join(''));

/** A run of digits: mostly ASCII with thousands grouped as printed, else any script, any grouping. */
const digitGroups: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(digits(0, { minLength: 1, maxLength: 3 }), fc.array(digits(0, { minLength: 3, maxLength: 3 }), { maxLength: 4 }), oneOf([',', '，', ' ', ''])).map(([head, rest, separator]) => [head, ...rest].join(separator)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: DIGIT_SCRIPTS.length - 1 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }), oneOf(SEPARATORS))
      .chain(([script, lengths, separator]) => fc.tuple(...lengths.map((n) => digits(script, { minLength: n, maxLength: n }))).map((groups) => groups.join(separator))),
  },
);

/** Something shaped like a printed figure, in every spelling the grammar allows. */
const numberLike: fc.Arbitrary<string> = fc
  .tuple(
    maybe(oneOf(DIRECTIONS)),
    maybe(oneOf(OPEN)),
    maybe(oneOf(MINUS_SIGNS)),
    maybe(oneOf(CURRENCIES)),
    maybe(oneOf(MINUS_SIGNS)),
    digitGroups,
    maybe(fc.tuple(oneOf(DECIMAL_POINTS), digitGroups).map(([point, digits]) => point + digits)),
    maybe(oneOf(SUFFIXES)),
    maybe(oneOf(CLOSE)),
    maybe(oneOf(EXOTIC)),
  )
  .map((parts) => parts.join(''));

/** Tokens of every kind in any order: mostly nonsense, sometimes a number. */
const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(digitGroups, oneOf([...MINUS_SIGNS, ...SEPARATORS, ...OPEN, ...CLOSE, ...DIRECTIONS, ...CURRENCIES, ...SUFFIXES, ...EXOTIC])), { maxLength: 14 })
  .map((tokens) => tokens.join(''));

/** Any Unicode: whole graphemes, single code points (astral ones too), raw UTF-16 units (lone surrogates). */
const anyUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 80 }),
);

/** Number-like text with arbitrary Unicode spliced in before, after or in the middle. */
const numberWithNoise: fc.Arbitrary<string> = fc
  .tuple(numberLike, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.nat(), fc.boolean())
  .map(([text, noise, at, before]) => {
    const chars = [...text];
    const cut = chars.length === 0 ? 0 : at % (chars.length + 1);
    return before ? noise + text : [...chars.slice(0, cut), noise, ...chars.slice(cut)].join('');
  });

// ---------------------------------------------------------------------------------------
// parseNumber
// ---------------------------------------------------------------------------------------

/** What every result of parseNumber must satisfy, whatever the input. */
function expectWellFormed(raw: string, parsed: ParsedNumber): void {
  expect(['empty', 'number', 'text']).toContain(parsed.kind);
  if (parsed.kind === 'empty') {
    expect(parsed.marker).toBe(raw.trim());
    return;
  }
  if (parsed.kind === 'text') {
    expect(Object.keys(parsed)).toEqual(['kind']);
    return;
  }
  // A value is a canonical decimal string, never a JS number, never an exponent, Infinity or NaN.
  expect(typeof parsed.value).toBe('string');
  expect(isCanonicalDecimal(parsed.value)).toBe(true);
  expect(new Decimal(parsed.value).toFixed(parsed.precision)).toBe(parsed.value);
  expect(Number.isInteger(parsed.precision) && parsed.precision >= 0).toBe(true);
  expect(parsed.precision).toBe(precisionOf(parsed.value));
  expect(parsed.negative).toBe(parsed.value.startsWith('-'));
  expect(parsed.percent && parsed.percentagePoints).toBe(false);
  expect(parsed.inlineUnit === null || (typeof parsed.inlineUnit === 'string' && parsed.inlineUnit.length > 0)).toBe(true);
  // The only number-typed field is the digit count.
  for (const [key, field] of Object.entries(parsed)) if (typeof field === 'number') expect(key).toBe('precision');
}

describe('parseNumber under fuzzing', () => {
  it.each([
    ['arbitrary Unicode', anyUnicode],
    ['number-like tokens', numberLike],
    ['token soup', tokenSoup],
    ['number-like tokens with Unicode noise', numberWithNoise],
  ] as const)('never throws and returns only canonical decimal strings: %s', fuzzTimeout, (_label, input) => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parseNumber(raw);
        expectWellFormed(raw, parsed);
        expect(parseNumber(raw)).toEqual(parsed); // deterministic: no state carried between calls
      }),
      { numRuns: runs(2500) },
    );
  });

  it('reads full-width figures exactly as their ASCII spelling', fuzzTimeout, () => {
    const toFullWidth = (text: string): string => text.replace(/[0-9.,%()-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }), oneOf(['', '%', '万元', '个百分点']), fc.boolean(), (units, places, suffix, parentheses) => {
        const canonical = new Decimal(units.toString()).div(new Decimal(10).pow(places)).toFixed(places);
        const ascii = formatDecimal(canonical, { negative: parentheses ? 'parentheses' : 'minus' }) + suffix;
        expect(parseNumber(toFullWidth(ascii))).toEqual(parseNumber(ascii));
      }),
      { numRuns: runs(1500) },
    );
  });

  it('drops trailing footnote marks, however many, and keeps the figure', fuzzTimeout, () => {
    const marks = fc.array(oneOf(['*', '※', '#', '△', '†', '‡', '¹', '²', '①', '⑳', '❶', '注', '注1', '注12', '(注2)', '（注③）', ' 注', ' *']), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), oneOf(['', '万元', '%']), marks, (units, places, suffix, trailing) => {
        const canonical = new Decimal(units.toString()).div(new Decimal(10).pow(places)).toFixed(places);
        const printed = formatDecimal(canonical) + suffix;
        expect(parseNumber(printed + trailing.join(''))).toEqual(parseNumber(printed));
      }),
      { numRuns: runs(1500) },
    );
  });

  it('reads very long and repetitive input in linear time (no catastrophic backtracking)', () => {
    // Each of these took seconds to hours with the footnote regular expression "(?:\s*(?:[*…]+|…))+$".
    const runs = ['*', '¹', '※', ' *', '注', '注1', '①', ',', '1,', '万', '%', '个百分点', ' ', '—', '(', '\u200B'];
    for (const run of runs) {
      for (const text of [`1${run.repeat(5000)}x`, `${run.repeat(5000)}1`, `(${run.repeat(5000)}`, `-1${run.repeat(5000)}`]) {
        const started = performance.now();
        expectWellFormed(text, parseNumber(text));
        expect(performance.now() - started, `${JSON.stringify(run)} × 5000`).toBeLessThan(500);
      }
    }
    const huge = '9'.repeat(100_000);
    expect(parseNumber(huge)).toMatchObject({ kind: 'number', value: huge, precision: 0 });
  });

  it('stats: the grammar reaches every kind of result', () => {
    const kinds = new Map<string, number>();
    for (const raw of fc.sample(numberLike, { numRuns: 3000, seed: 1 })) {
      const kind = parseNumber(raw).kind;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(kinds.get('number')).toBeGreaterThan(300);
    expect(kinds.get('text')).toBeGreaterThan(300);
  });
});

describe('findNarrativeFigures on repetitive prose', () => {
  it('reads a change word followed by thousands of suffix words in linear time', () => {
    // "(?:…|幅度为|幅度|…)*$" backtracked exponentially: 40 repetitions took hours.
    for (const run of ['幅度为', '幅度', '为', '分别为', '了', '达到']) {
      const text = `营业收入增加${run.repeat(2000)}甲100万元。`;
      const started = performance.now();
      findNarrativeFigures(text);
      expect(performance.now() - started, `${run} × 2000`).toBeLessThan(1000);
    }
  });
});

// ---------------------------------------------------------------------------------------
// parseFormula and evaluateFormula
// ---------------------------------------------------------------------------------------

/** Runs `parseFormula`; a FormulaError (the designed refusal) is null, anything else is thrown on. */
function tryParse(text: string): ReturnType<typeof parseFormula> | null {
  try {
    return parseFormula(text);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    expect(Number.isInteger(error.position) && error.position >= 0 && error.position <= Math.max(text.length, 4000)).toBe(true);
    expect(error.message).toMatch(/\(at \d+\)$/);
    expect(error.zh).toMatch(/（位置 \d+）$/);
    return null;
  }
}

const REFS = ['#1', '#2', '#3', '#12', '＃7', '{货币资金}', '{balance_sheet:资产总计@current}', '{营业收入@prior}', '{key_figures：营业收入@change}', '{ 负债合计 }'];
const OPERATORS = ['+', '-', '*', '/', '＋', '－', '−', '–', '×', '÷', '·', '＊', '／'];

/** A well-formed expression of bounded depth over references and number-like literals. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oneOf(REFS),
    digitGroups.filter((d) => /^[0-9０-９]/u.test(d)),
    fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
    fc.tuple(tie('expr'), oneOf(OPERATORS), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(oneOf(['(', '（']), tie('expr'), oneOf([')', '）'])).map(([open, inner, close]) => `${open}${inner}${close}`),
    fc.tuple(oneOf(MINUS_SIGNS), tie('expr')).map(([sign, inner]) => `${sign}${inner}`),
  ),
})).expr;

/** "#1 = …", sometimes with number-like noise (units, percent signs, separators) spliced in. */
const formulaText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(oneOf(REFS), oneOf(['=', '＝']), expression).map(([left, eq, right]) => `${left} ${eq} ${right}`),
  fc
    .tuple(oneOf(REFS), expression, oneOf([...SUFFIXES, ...SEPARATORS, ...EXOTIC, ...OPEN, ...CLOSE, '=', '{', '}', '@', ':', '#']), fc.nat())
    .map(([left, right, noise, at]) => {
      const text = `${left} = ${right}`;
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + noise + text.slice(cut);
    }),
  tokenSoup.map((soup) => `#1 = ${soup}`),
  anyUnicode,
  numberWithNoise,
);

const UNITS: readonly [string | null, string | null, Partial<FigureRecord>][] = [
  ['元', '1', {}],
  ['万元', '10000', {}],
  ['亿元', '100000000', {}],
  ['千元', '1000', {}],
  ['%', null, { percent: true }],
  [null, null, { percentagePoints: true }],
  ['股', '1', {}],
  ['美元', '1', {}],
  [null, null, {}],
];

/** A figure as extraction stores it: a decimal string value at its printed precision, in some unit. */
const figureValue: fc.Arbitrary<{ value: string; precision: number; unit: number }> = fc
  .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 6 }), fc.nat({ max: UNITS.length - 1 }), fc.boolean())
  .map(([units, precision, unit, zero]) => ({ value: zero ? (0).toFixed(precision) : new Decimal(units.toString()).div(new Decimal(10).pow(precision)).toFixed(precision), precision, unit }));

function figureFrom(id: number, { value, precision, unit }: { value: string; precision: number; unit: number }): FigureRecord {
  const [unitName, scale, extra] = UNITS[unit]!;
  return figureRecord({ ...blankFigure({ unit: unitName, scale, ...extra }), id, value, precision, metric: `m${id}` });
}

describe('parseFormula and evaluateFormula under fuzzing', () => {
  it('throw nothing but FormulaError, and evaluate every formula that parses to decimal strings only', fuzzTimeout, () => {
    let parsedCount = 0;
    fc.assert(
      fc.property(formulaText, fc.array(figureValue, { minLength: 1, maxLength: 6 }), fc.boolean(), (text, values, resolveAll) => {
        const formula = tryParse(text);
        if (!formula) return;
        parsedCount++;
        expect(formula.references[0]).toBe(formula.left);
        const resolve = (ref: FormulaRef): FigureRecord | undefined => {
          const index = formula.references.indexOf(ref);
          if (!resolveAll && index === formula.references.length - 1 && index > 0) return undefined; // sometimes one is missing
          return figureFrom(index + 1, values[index % values.length]!);
        };
        const result = evaluateFormula(formula, resolve);
        expect(['pass', 'rounding', 'fail', 'cannot_evaluate']).toContain(result.status);
        for (const field of [result.expected, result.actual, result.difference, result.tolerance]) {
          expect(field === null || typeof field === 'string').toBe(true);
          if (field !== null) expect(field).toMatch(/^-?\d+(?:\.\d+)?$/u);
        }
        if (result.status === 'cannot_evaluate') expect(result.reason?.en).toBeTruthy();
        else expect(result.expected).not.toBeNull();
        // Figure ids are the only numbers in a result.
        const numbers: string[] = [];
        JSON.stringify(result, (key, value: unknown) => {
          if (typeof value === 'number') numbers.push(key);
          return value;
        });
        expect(numbers.every((key) => /^\d+$/u.test(key))).toBe(true);
        expect(result.figureIds.every(Number.isInteger)).toBe(true);
      }),
      { numRuns: runs(4000) },
    );
    expect(parsedCount).toBeGreaterThan(500); // the grammar reaches the evaluator, not only the error paths
  });

  it('refuse deep nesting and overlong input with a FormulaError, not a stack overflow', () => {
    for (const depth of [65, 1000, 1999]) {
      for (const [open, close] of [['(', ')'], ['（', '）']] as const) expect(tryParse(`#1 = ${open.repeat(depth)}1${close.repeat(depth)}`)).toBeNull();
      expect(tryParse(`#1 = ${'-'.repeat(depth)}1`)).toBeNull();
      expect(tryParse(`#1 = ${'−'.repeat(depth)}#2`)).toBeNull();
    }
    expect(tryParse(`#1 = ${'1 + '.repeat(1200)}1`)).toBeNull(); // over 4,000 characters
    expect(tryParse(`#1 = ${'1 + '.repeat(900)}1`)).not.toBeNull(); // long but flat: fine
    expect(tryParse(`#1 = ${'{a}'.repeat(10)}`)).toBeNull();
    expect(tryParse(`#1 = 1${'.'.repeat(3000)}`)).toBeNull();
  });
});
