/**
 * Consistency within one filing: the same figure printed twice must agree. Key figures
 * against the consolidated statements, amounts and YoY changes quoted in the text against
 * the tables, and related-party table rows against the per-party amounts the text lists.
 * Amounts in different units (元 / 万元 / 亿元) are converted exactly and compared at the
 * coarser printed precision.
 */
import type Decimal from 'decimal.js';
import type { FigureRecord } from '../../api/contract';
import { decimalToString, formatDecimal, toDecimal } from '../numbers';
import { parseUnit } from '../units';
import { isTotalLabel } from './footing';
import { halfUnit } from './ratios';
import type { TableView } from './table-view';
import { tie, type Tie } from './tie';
import type { Bilingual, CheckResult, FilingFigures } from './types';
import { cannotEvaluateResult, resultFromTie, type ResultInput } from './result';

// ---------------------------------------------------------------------------------------
// Units (shared with cross-filing.ts)
// ---------------------------------------------------------------------------------------

export interface MeasureUnit {
  /** What the unit measures: 'CNY', 'percent', 'shares', a counting unit ("元/股", "人"), or 'unknown'. */
  base: string;
  /** Multiplier to the base unit. */
  scale: Decimal;
  /** The unit as printed, for messages. */
  label: string;
}

export function measureUnitOf(figure: FigureRecord): MeasureUnit {
  if (figure.percent || figure.percentagePoints) return { base: 'percent', scale: toDecimal('1'), label: '%' };
  const parsed = figure.unit === null ? null : parseUnit(figure.unit);
  const scale = toDecimal(figure.scale ?? parsed?.scale ?? '1');
  if (!parsed) return { base: 'unknown', scale, label: figure.unit ?? '' };
  return { base: parsed.base === 'other' ? parsed.unit : parsed.base, scale, label: parsed.unit };
}

export function isMoney(figure: FigureRecord): boolean {
  return !figure.percent && !figure.percentagePoints && measureUnitOf(figure).base === 'CNY';
}

const UNIT_MISMATCH: Bilingual = { zh: '两处金额单位不同且无法换算', en: 'The two figures are in units that cannot be converted' };
const UNIT_UNKNOWN: Bilingual = { zh: '单位不明，无法换算比较', en: 'A unit is unknown, so the figures cannot be compared' };

/**
 * `checked` against `reference` expressed in `checked`'s unit, exactly; the tolerance is
 * half a unit of the coarser last printed digit (4,701.21 万元 against 47,012,100.00 元
 * may differ by 50 元). Figures of unknown unit compare as-is only when `sameDocument`.
 */
export function tieAcrossUnits(checked: FigureRecord, reference: FigureRecord, sameDocument: boolean): Tie | { reason: Bilingual } {
  const to = measureUnitOf(checked);
  const from = measureUnitOf(reference);
  const unknown = to.base === 'unknown' || from.base === 'unknown';
  if (unknown && !(sameDocument && to.base === from.base)) return { reason: UNIT_UNKNOWN };
  if (to.base !== from.base) return { reason: UNIT_MISMATCH };
  const factor = from.scale.div(to.scale);
  const expected = toDecimal(reference.value).times(factor);
  const resolution = larger(halfUnit(checked.precision), halfUnit(reference.precision).times(factor));
  return tie(decimalToString(expected, Math.max(expected.decimalPlaces(), checked.precision)), checked.value, decimalToString(resolution));
}

function larger(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

// ---------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------


function fromTie(input: ResultInput, outcome: Tie): CheckResult {
  return resultFromTie('consistency', input, outcome);
}

function fromComparison(input: ResultInput, outcome: Tie | { reason: Bilingual }): CheckResult {
  return 'status' in outcome ? fromTie(input, outcome) : cannotEvaluateResult('consistency', input, outcome.reason);
}

function pairAnchor(a: FigureRecord, b: FigureRecord): string {
  return `${a.id}-${b.id}`;
}

// ---------------------------------------------------------------------------------------
// Where the reference figures live
// ---------------------------------------------------------------------------------------

const STATEMENT_KINDS = ['balance_sheet', 'income_statement', 'cash_flow'] as const;

/** Per statement kind: the tables titled 合并…, else the first that is not the parent's (母公司). */
export function consolidatedStatements(views: readonly TableView[]): TableView[] {
  return STATEMENT_KINDS.flatMap((kind) => {
    const candidates = views.filter((v) => v.table.kind === kind && !/母公司/u.test(v.table.title ?? ''));
    const consolidated = candidates.filter((v) => /合并/u.test(v.table.title ?? ''));
    return consolidated.length > 0 ? consolidated : candidates.slice(0, 1);
  });
}

function viewFigures(view: TableView): FigureRecord[] {
  return view.rows.flatMap((row) => [...row.slots.values()].flatMap((slot) => (slot.kind === 'figure' ? [slot.figure] : [])));
}

/** Same period: the same end, and the same start when both print one (a quarter is not year-to-date). */
export function samePeriod(a: FigureRecord, b: FigureRecord): boolean {
  if (a.periodEnd === null || a.periodEnd !== b.periodEnd) return false;
  return a.periodStart === null || b.periodStart === null || a.periodStart === b.periodStart;
}

function byDocumentOrder(a: FigureRecord, b: FigureRecord): number {
  return a.page - b.page || (a.spanStart ?? 0) - (b.spanStart ?? 0) || a.id - b.id;
}

// ---------------------------------------------------------------------------------------
// Key figures against the consolidated statements
// ---------------------------------------------------------------------------------------

function keyFigureChecks(views: readonly TableView[]): CheckResult[] {
  const statementFigures = consolidatedStatements(views).flatMap(viewFigures);
  const keyFigures = views.filter((v) => v.table.kind === 'key_figures').flatMap(viewFigures);
  return keyFigures.flatMap((key) => {
    if (key.canonical === null || key.periodKind === 'change' || key.percent || key.percentagePoints) return [];
    const statement = statementFigures.find((s) => s.canonical === key.canonical && samePeriod(key, s));
    if (!statement) return [];
    const input = {
      rule: 'key_vs_statement',
      anchor: pairAnchor(key, statement),
      description: {
        zh: `主要会计数据「${key.metric}」(${key.periodLabel ?? key.periodEnd}) = 合并报表「${statement.metric}」`,
        en: `Key figure ${key.canonical} (${key.periodEnd}) = consolidated statement line`,
      },
      figures: [key, statement],
    };
    return [fromComparison(input, tieAcrossUnits(key, statement, true))];
  });
}

// ---------------------------------------------------------------------------------------
// Narrative amounts and changes against the tables
// ---------------------------------------------------------------------------------------

function tableFigures(views: readonly TableView[]): FigureRecord[] {
  return views.flatMap(viewFigures);
}

/** The current-period figure of a canonical metric: key figures first, else the statements. */
function currentReference(views: readonly TableView[], canonical: string): FigureRecord | undefined {
  const keyFigures = views.filter((v) => v.table.kind === 'key_figures').flatMap(viewFigures);
  const moneyOrUnknown = (f: FigureRecord): boolean => ['CNY', 'unknown'].includes(measureUnitOf(f).base);
  const isCurrent = (f: FigureRecord): boolean => f.canonical === canonical && f.periodKind === 'current' && moneyOrUnknown(f);
  return keyFigures.find(isCurrent) ?? consolidatedStatements(views).flatMap(viewFigures).find(isCurrent);
}

/** Whether a mismatching narrative figure ties to some other table figure of its metric (another period or table). */
function tiesElsewhere(others: readonly FigureRecord[], compare: (other: FigureRecord) => Tie | { reason: Bilingual }): boolean {
  return others.some((other) => {
    const outcome = compare(other);
    return 'status' in outcome && outcome.status !== 'fail';
  });
}

function narrativeAmountChecks(filing: FilingFigures, views: readonly TableView[]): CheckResult[] {
  const all = tableFigures(views);
  return filing.figures.flatMap((text) => {
    if (text.source !== 'text' || text.canonical === null || !isMoney(text) || text.periodKind !== null) return [];
    const current = currentReference(views, text.canonical);
    if (!current) return [];
    if (text.direction !== null) return changeAmountCheck(text, current, all);
    const reference = current;
    const outcome = tieAcrossUnits(text, reference, true);
    if ('status' in outcome && outcome.status === 'fail') {
      // The text may quote the comparison year or another table's line: not a discrepancy.
      const others = all.filter((f) => f.canonical === text.canonical && f.id !== reference.id && !f.percent);
      if (tiesElsewhere(others, (other) => tieAcrossUnits(text, other, true))) return [];
    }
    const input = {
      rule: 'text_vs_table',
      anchor: pairAnchor(text, reference),
      description: {
        zh: `正文「${text.metric}」${formatDecimal(text.value)}${text.unit ?? ''} = 表内本期数`,
        en: `Text ${text.canonical} ${formatDecimal(text.value)} ${text.unit ?? ''} = current-period table figure`,
      },
      figures: [text, reference],
    };
    return [fromComparison(input, outcome)];
  });
}

/**
 * "在建工程期末比年初增加2,084.35万元": an amount with a direction word is the change between
 * the current and the prior figure of its table row, not the figure itself.
 */
function changeAmountCheck(text: FigureRecord, current: FigureRecord, all: readonly FigureRecord[]): CheckResult[] {
  const prior = all.find((f) => f.tableId === current.tableId && f.cellRow === current.cellRow && f.periodKind === 'prior' && !f.percent);
  if (!prior) return [];
  const change: FigureRecord = {
    ...current,
    value: decimalToString(toDecimal(current.value).minus(toDecimal(prior.value))),
    precision: Math.max(current.precision, prior.precision),
  };
  const signedText: FigureRecord = { ...text, value: signedChange(text) };
  const outcome = tieAcrossUnits(signedText, change, true);
  const input = {
    rule: 'text_change_vs_table',
    anchor: pairAnchor(text, current),
    description: {
      zh: `正文「${text.metric}」${text.direction === 'decrease' ? '减少' : '增加'}${formatDecimal(text.value)}${text.unit ?? ''} = 表内本期数 − 上期数`,
      en: `Text ${text.canonical} change of ${formatDecimal(text.value)} ${text.unit ?? ''} = current − prior table figures`,
    },
    figures: [text, current, prior],
  };
  return [fromComparison(input, outcome)];
}

const PERCENT_LABEL = /[(（]\s*%\s*[)）]\s*$/u;

/** "减少30.56%" is −30.56; a change the text signs itself keeps its sign. */
function signedChange(text: FigureRecord): string {
  const magnitude = toDecimal(text.value).abs();
  if (text.direction === 'decrease') return decimalToString(magnitude.neg());
  if (text.direction === 'increase') return decimalToString(magnitude);
  return text.value;
}

/** A change in points ties only to a change in points (or a change of a percentage row). */
function sameChangeMeasure(text: FigureRecord, table: FigureRecord): boolean {
  if (text.percentagePoints) return table.percentagePoints || PERCENT_LABEL.test(table.metric);
  return !table.percentagePoints;
}

function tieChange(text: FigureRecord, table: FigureRecord): Tie {
  const tolerance = halfUnit(Math.min(text.precision, table.precision));
  return tie(table.value, signedChange(text), decimalToString(tolerance));
}

function narrativeChangeChecks(filing: FilingFigures, views: readonly TableView[]): CheckResult[] {
  const keyChanges = views.filter((v) => v.table.kind === 'key_figures').flatMap(viewFigures).filter((f) => f.periodKind === 'change');
  const allChanges = tableFigures(views).filter((f) => f.periodKind === 'change');
  return filing.figures.flatMap((text) => {
    if (text.source !== 'text' || text.canonical === null || text.periodKind !== 'change') return [];
    if (!text.percent && !text.percentagePoints) return [];
    const reference = keyChanges.find((f) => f.canonical === text.canonical && sameChangeMeasure(text, f));
    if (!reference) return [];
    const outcome = tieChange(text, reference);
    if (outcome.status === 'fail') {
      const others = allChanges.filter((f) => f.canonical === text.canonical && f.id !== reference.id && sameChangeMeasure(text, f));
      if (tiesElsewhere(others, (other) => tieChange(text, other))) return [];
    }
    const input = {
      rule: 'text_change_vs_table',
      anchor: pairAnchor(text, reference),
      description: {
        zh: `正文「${text.metric}」同比变动 = 主要会计数据增减`,
        en: `Text ${text.canonical} change = key-figures change column`,
      },
      figures: [text, reference],
      reason:
        text.direction === null
          ? null
          : { zh: `正文“${text.direction === 'decrease' ? '减少' : '增加'}”读作${text.direction === 'decrease' ? '负' : '正'}数`, en: `The text's direction word reads as a ${text.direction === 'decrease' ? 'negative' : 'positive'} change` },
    };
    return [fromTie(input, outcome)];
  });
}

// ---------------------------------------------------------------------------------------
// Related-party rows as the sum of the amounts the text lists
// ---------------------------------------------------------------------------------------

const MAX_PARTS = 3;
/** A consecutive run of text amounts this close to a row, but not equal, is likely a typo. */
const NEAR_MISS = toDecimal('0.1');

interface Run {
  parts: FigureRecord[];
  sum: Decimal;
}

/** Runs of 1–3 consecutive text amounts, all in `unit`. */
function runsInUnit(narratives: readonly FigureRecord[], unit: MeasureUnit): Run[] {
  const runs: Run[] = [];
  for (let start = 0; start < narratives.length; start++) {
    let sum = toDecimal('0');
    const parts: FigureRecord[] = [];
    for (const part of narratives.slice(start, start + MAX_PARTS)) {
      const partUnit = measureUnitOf(part);
      if (partUnit.base !== unit.base || !partUnit.scale.eq(unit.scale)) break;
      parts.push(part);
      sum = sum.plus(toDecimal(part.value));
      runs.push({ parts: [...parts], sum });
    }
  }
  return runs;
}

interface RowMatch {
  row: FigureRecord;
  label: string;
  runs: Run[];
  exact: Run | undefined;
}

function exactMatch(row: FigureRecord, label: string, runs: Run[]): RowMatch {
  const value = toDecimal(row.value);
  // The fewest parts first: one stated amount is the likeliest reading.
  const exact = runs.filter((r) => r.sum.eq(value)).sort((a, b) => a.parts.length - b.parts.length)[0];
  return { row, label, runs, exact };
}

/** The closest run within 10% but not equal, among text amounts no other row ties to. */
function nearMiss(match: RowMatch, taken: ReadonlySet<number>): Run | undefined {
  const value = toDecimal(match.row.value);
  return match.runs
    .filter((run) => run.parts.every((p) => !taken.has(p.id)))
    .map((run) => ({ run, gap: run.sum.minus(value).abs() }))
    .filter(({ gap }) => !gap.isZero() && gap.lte(value.abs().times(NEAR_MISS)))
    .sort((a, b) => a.gap.cmp(b.gap))[0]?.run;
}

function partsDescription(label: string): Bilingual {
  return { zh: `关联交易表「${label}」= 正文所列分项金额之和`, en: `Related-party row ${label} = sum of the amounts the text lists` };
}

function partsResult(match: RowMatch, run: Run, status: 'pass' | 'fail'): CheckResult {
  const expected = decimalToString(run.sum, Math.max(run.sum.decimalPlaces(), match.row.precision));
  return {
    key: `consistency:text_parts_vs_row:${match.row.id}`,
    family: 'consistency',
    rule: 'consistency.text_parts_vs_row',
    description: partsDescription(match.label),
    figureIds: [match.row.id, ...run.parts.map((p) => p.id)],
    expected,
    actual: match.row.value,
    difference: decimalToString(toDecimal(match.row.value).minus(run.sum)),
    tolerance: '0',
    status,
    reason:
      status === 'fail'
        ? { zh: '正文分项金额之和与表内金额相近但不相等，疑为笔误', en: 'The amounts in the text come close to the row but do not equal it: a likely typo' }
        : null,
  };
}

/**
 * A column is matched only when some row in it ties exactly: that shows the text restates
 * this column (预计金额, not 上年实际发生额), so a near miss beside it is worth a reviewer's look.
 */
function relatedPartyColumnChecks(view: TableView, col: number, narratives: readonly FigureRecord[]): CheckResult[] {
  const matches: RowMatch[] = [];
  for (const row of view.rows) {
    const figure = view.figureAt(row.row, col);
    if (!figure || row.child || isTotalLabel(row.label) || !isMoney(figure) || toDecimal(figure.value).isZero()) continue;
    matches.push(exactMatch(figure, row.label, runsInUnit(narratives, measureUnitOf(figure))));
  }
  if (!matches.some((m) => m.exact)) return [];
  const taken = new Set(matches.flatMap((m) => m.exact?.parts.map((p) => p.id) ?? []));
  return matches.flatMap((m) => {
    if (m.exact) return [partsResult(m, m.exact, 'pass')];
    const near = nearMiss(m, taken);
    return near ? [partsResult(m, near, 'fail')] : [];
  });
}

function relatedPartyChecks(filing: FilingFigures, views: readonly TableView[]): CheckResult[] {
  const narratives = filing.figures.filter((f) => f.source === 'text' && isMoney(f) && f.periodKind === null).sort(byDocumentOrder);
  return views
    .filter((v) => v.table.kind === 'related_party')
    .flatMap((view) => view.valueColumns.flatMap((col) => relatedPartyColumnChecks(view, col, narratives)));
}

// ---------------------------------------------------------------------------------------

/** Every figure a filing prints twice (table and table, text and table) that should agree. */
export function consistencyChecks(filing: FilingFigures, views: readonly TableView[]): CheckResult[] {
  return [...keyFigureChecks(views), ...narrativeAmountChecks(filing, views), ...narrativeChangeChecks(filing, views), ...relatedPartyChecks(filing, views)];
}
