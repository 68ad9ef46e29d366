/**
 * Ratio checks: a printed percentage recomputed from the amounts beside it. Year-on-year
 * change columns ("本期比上年同期增减(%)", "增加2.07个百分点"), shares of a total
 * ("比例(%)", "占比"), and gross margin (毛利率 from 营业收入 and 营业成本).
 *
 * Printed operands are themselves rounded, so a recomputed ratio carries an error bound
 * (`Approx`): the tolerance is half a unit of the ratio's last printed digit plus that
 * bound, which only matters when the operands are printed coarsely (万元 without decimals).
 */
import Decimal from 'decimal.js';
import type { FigureRecord } from '../../api/contract';
import { cleanLabel } from '../metrics';
import { decimalToString, toDecimal } from '../numbers';
import { parseUnit } from '../units';
import { isTotalLabel } from './footing';
import type { TableView, ViewRow } from './table-view';
import { tie, tieSum, type Operand, type Tie } from './tie';
import type { Bilingual, CheckResult, FilingFigures } from './types';
import { cannotEvaluateResult, resultFromTie, type ResultInput } from './result';

// ---------------------------------------------------------------------------------------
// Exact arithmetic with an error bound (shared with formula.ts)
// ---------------------------------------------------------------------------------------

/** Significant digits kept by a division; every other operation is exact. */
export const DIVISION_DIGITS = 28;

/** A computed value and a bound on how far the true value may lie from it. */
export interface Approx {
  value: Decimal;
  error: Decimal;
}

const ZERO = toDecimal('0');
const HALF = toDecimal('0.5');
const HUNDRED = toDecimal('100');

/** Half a unit of the last printed digit: 0.5 × 10^-precision. */
export function halfUnit(precision: number): Decimal {
  return HALF.times(toDecimal('10').pow(-precision));
}

/** A printed value: exact as printed, off from the truth by at most half its last digit. */
export function printed(value: string, precision: number): Approx {
  return { value: toDecimal(value), error: halfUnit(precision) };
}

export function exact(value: Decimal): Approx {
  return { value, error: ZERO };
}

/**
 * A figure as an operand. Amounts in a base unit (元 to the fen, 人, 股) are exact as
 * printed; scaled amounts (万元, 亿元), percentages and figures of unknown unit were
 * rounded to their last digit.
 */
export function operandOf(figure: FigureRecord): Approx {
  const unit = figure.percent || figure.percentagePoints || figure.unit === null ? null : parseUnit(figure.unit);
  const scale = figure.scale ?? unit?.scale ?? null;
  if (unit && unit.base !== 'percent' && scale !== null && toDecimal(scale).eq(1)) return exact(toDecimal(figure.value));
  return printed(figure.value, figure.precision);
}

export function approxAdd(a: Approx, b: Approx): Approx {
  return { value: a.value.plus(b.value), error: a.error.plus(b.error) };
}

export function approxSub(a: Approx, b: Approx): Approx {
  return { value: a.value.minus(b.value), error: a.error.plus(b.error) };
}

export function approxNeg(a: Approx): Approx {
  return { value: a.value.neg(), error: a.error };
}

export function approxAbs(a: Approx): Approx {
  return { value: a.value.abs(), error: a.error };
}

export function approxMul(a: Approx, b: Approx): Approx {
  const error = a.value.abs().times(b.error).plus(b.value.abs().times(a.error)).plus(a.error.times(b.error));
  return { value: a.value.times(b.value), error };
}

/**
 * a / b to 28 significant digits, or null when b is zero or so close to zero that its
 * rounding could make it zero (no error bound then exists).
 */
export function approxDiv(a: Approx, b: Approx): Approx | null {
  const divisor = b.value.abs();
  if (divisor.isZero() || divisor.lte(b.error)) return null;
  const quotient = a.value.div(b.value).toSignificantDigits(DIVISION_DIGITS, Decimal.ROUND_HALF_UP);
  // |a/b − a'/b'| ≤ (|a|·eb + |b|·ea) / (|b|·(|b| − eb)). The 28-digit cut (relative
  // 5 × 10^-28) is far below any printed precision and is left out of the bound.
  const error = a.value.abs().times(b.error).plus(divisor.times(a.error)).div(divisor.times(divisor.minus(b.error)));
  return { value: quotient, error: error.isZero() ? error : error.toSignificantDigits(DIVISION_DIGITS, Decimal.ROUND_UP) };
}

/**
 * A computed value against a printed one: the expectation is the computed value rounded
 * half up (四舍五入) to the printed precision; the printed value passes when it is that
 * rounding, and is a rounding difference when within half a printed unit plus the error
 * the operands' own rounding allows.
 */
export function judgeComputed(computed: Approx, actual: { value: string; precision: number }): Tie {
  const places = actual.precision;
  const expected = computed.value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  // Expected and actual both have `places` decimals, so their difference is a whole number
  // of units: cutting the tolerance down to places + 1 decimals changes no verdict and keeps
  // it readable (0.005, not 0.0050000058).
  const tolerance = halfUnit(places).plus(computed.error).toDecimalPlaces(places + 1, Decimal.ROUND_DOWN);
  return tie(decimalToString(expected, places), actual.value, decimalToString(tolerance));
}

// ---------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------


function fromTie(input: ResultInput, outcome: Tie): CheckResult {
  return resultFromTie('ratio', input, outcome);
}

function cannotEvaluate(input: ResultInput, reason: Bilingual): CheckResult {
  return cannotEvaluateResult('ratio', input, reason);
}

function anchorOf(view: TableView, row: number, col: number): string {
  return `t${view.table.id}:r${row}:c${col}`;
}

// ---------------------------------------------------------------------------------------
// Column roles
// ---------------------------------------------------------------------------------------

const CHANGE_HEADER = /增减|变动|变化|同比|环比|比上年|较上年|增长率|增幅|降幅/u;
const SHARE_HEADER = /占比|比例|比重|百分比/u;
/** Rates that are not shares of the column total: provision, holding, progress, tax rates. */
const NOT_A_SHARE = /计提|持股|表决权|进度|税率|费率|利率|收益率|毛利|完成率|[=＝]/u;
const PERCENT_LABEL = /[(（]\s*%\s*[)）]\s*$/u;

function headerOf(view: TableView, col: number): string {
  return (view.columnHeader.get(col) ?? []).join('/');
}

function leafHeader(view: TableView, col: number): string {
  return (view.columnHeader.get(col) ?? []).at(-1) ?? '';
}

function figuresInColumn(view: TableView, col: number): FigureRecord[] {
  return view.rows.flatMap((row) => {
    const slot = row.slots.get(col);
    return slot?.kind === 'figure' ? [slot.figure] : [];
  });
}

/** The period kind most figures of a column carry. */
function columnPeriodKind(view: TableView, col: number): string | null {
  const counts = new Map<string, number>();
  for (const figure of figuresInColumn(view, col)) {
    if (figure.periodKind !== null) counts.set(figure.periodKind, (counts.get(figure.periodKind) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function isPercentFigure(figure: FigureRecord): boolean {
  return figure.percent || figure.percentagePoints;
}

function isPercentColumn(view: TableView, col: number): boolean {
  const figures = figuresInColumn(view, col);
  return figures.length > 0 && figures.every(isPercentFigure);
}

function isShareColumn(view: TableView, col: number): boolean {
  const leaf = leafHeader(view, col);
  return SHARE_HEADER.test(leaf) && !NOT_A_SHARE.test(leaf) && !CHANGE_HEADER.test(leaf) && isPercentColumn(view, col) && columnPeriodKind(view, col) !== 'change';
}

function nearestLeft(columns: readonly number[], col: number, accept: (c: number) => boolean): number | undefined {
  return [...columns].reverse().find((c) => c < col && accept(c));
}

function isPercentRow(row: ViewRow, ...figures: FigureRecord[]): boolean {
  return PERCENT_LABEL.test(row.label) || figures.some((f) => f.percent);
}

// ---------------------------------------------------------------------------------------
// Year-on-year change columns
// ---------------------------------------------------------------------------------------

interface ChangeColumns {
  change: number;
  current: number;
  prior: number;
}

/** "本报告期末比上年度末增减": balances, compared with the prior year end (per figure: a key-figures table has both blocks). */
function isInstantChange(view: TableView, change: FigureRecord, col: number): boolean {
  return /末|初|余额/u.test(change.periodLabel ?? headerOf(view, col));
}

function changeColumnsOf(view: TableView): ChangeColumns[] {
  const kinds = new Map(view.valueColumns.map((c) => [c, columnPeriodKind(view, c)] as const));
  const amountLike = (c: number): boolean => !isShareColumn(view, c);
  return view.valueColumns.flatMap((change) => {
    if (kinds.get(change) !== 'change') return [];
    const current = nearestLeft(view.valueColumns, change, (c) => kinds.get(c) === 'current' && amountLike(c));
    const prior = nearestLeft(view.valueColumns, change, (c) => kinds.get(c) === 'prior' && amountLike(c));
    if (current === undefined || prior === undefined) return [];
    return [{ change, current, prior }];
  });
}

type ChangeMeasure = 'relative' | 'points' | 'amount';

function yoyDescription(label: string, measure: ChangeMeasure, instant: boolean): Bilingual {
  const [zhNow, zhThen, enNow, enThen] = instant ? ['期末', '上年度末', 'period end', 'prior year end'] : ['本期', '上年同期', 'current', 'prior'];
  const zhName = instant ? `${label}较上年度末增减` : `${label}同比增减`;
  const enName = instant ? `${label} change on prior year end` : `${label} YoY change`;
  if (measure === 'points') return { zh: `${zhName}(百分点) = ${zhNow} − ${zhThen}`, en: `${enName} (pp) = ${enNow} − ${enThen}` };
  if (measure === 'amount') return { zh: `${zhName}金额 = ${zhNow} − ${zhThen}`, en: `${enName} amount = ${enNow} − ${enThen}` };
  return { zh: `${zhName} = (${zhNow} − ${zhThen}) / |${zhThen}| × 100`, en: `${enName} = (${enNow} − ${enThen}) / |${enThen}| × 100` };
}

function relativeChange(current: FigureRecord, prior: FigureRecord): Approx | null {
  const now = operandOf(current);
  const then = operandOf(prior);
  const ratio = approxDiv(approxSub(now, then), approxAbs(then));
  return ratio && approxMul(ratio, exact(HUNDRED));
}

function pointChange(current: FigureRecord, prior: FigureRecord): Approx {
  return approxSub(operandOf(current), operandOf(prior));
}

function measureOf(row: ViewRow, change: FigureRecord, current: FigureRecord, prior: FigureRecord): ChangeMeasure {
  if (change.percentagePoints || isPercentRow(row, current, prior)) return 'points';
  // An amount column ("增减额", "变动金额"): printed in a money unit, not in percent.
  if (!change.percent && change.unit !== null && /元/u.test(change.unit)) return 'amount';
  return 'relative';
}

function missingOperand(which: 'current' | 'prior'): Bilingual {
  return which === 'current'
    ? { zh: '本期数为空或缺失，无法复核增减', en: 'The current value is empty or missing, so the change cannot be recomputed' }
    : { zh: '比较期数为空或缺失，无法复核增减', en: 'The comparison value is empty or missing, so the change cannot be recomputed' };
}

function yoyCheck(view: TableView, row: ViewRow, columns: ChangeColumns): CheckResult | null {
  const change = view.figureAt(row.row, columns.change);
  if (!change) return null; // "不适用" or blank: nothing printed to check.
  const current = view.figureAt(row.row, columns.current);
  const prior = view.figureAt(row.row, columns.prior);
  const base = { rule: 'yoy', anchor: anchorOf(view, row.row, columns.change) };
  const instant = isInstantChange(view, change, columns.change);
  if (!current || !prior) {
    const figures = [change, ...(current ? [current] : []), ...(prior ? [prior] : [])];
    return cannotEvaluate({ ...base, description: yoyDescription(row.label, 'relative', instant), figures }, missingOperand(current ? 'prior' : 'current'));
  }
  const figures = [change, current, prior];
  const measure = measureOf(row, change, current, prior);
  const description = yoyDescription(row.label, measure, instant);
  if (measure === 'amount') {
    const operands: Operand[] = [
      { value: current.value, precision: current.precision },
      { value: prior.value, precision: prior.precision, sign: -1 },
    ];
    return fromTie({ ...base, description, figures }, tieSum(operands, { value: change.value, precision: change.precision }));
  }
  if (measure === 'points') return yoyPoints({ ...base, description, figures }, row.label, instant, { change, current, prior });
  const relative = relativeChange(current, prior);
  if (!relative) {
    return cannotEvaluate(
      { ...base, description, figures },
      { zh: '比较期数为零，增减比例无意义', en: 'The comparison value is zero, so a relative change is undefined' },
    );
  }
  return fromTie({ ...base, description, figures }, judgeComputed(relative, change));
}

/**
 * A percentage row changes by percentage points. Unless the change says "个百分点", a
 * filing may still print a relative change there; accept that reading when it ties.
 */
function yoyPoints(
  input: ResultInput,
  label: string,
  instant: boolean,
  { change, current, prior }: { change: FigureRecord; current: FigureRecord; prior: FigureRecord },
): CheckResult {
  const points = fromTie(input, judgeComputed(pointChange(current, prior), change));
  if (points.status !== 'fail' || change.percentagePoints) return points;
  const relative = relativeChange(current, prior);
  const alternative = relative && judgeComputed(relative, change);
  if (!alternative || alternative.status === 'fail') return points;
  return fromTie({ ...input, description: yoyDescription(label, 'relative', instant) }, alternative);
}

function yoyChecks(view: TableView): CheckResult[] {
  return changeColumnsOf(view).flatMap((columns) =>
    view.rows.flatMap((row) => {
      const result = yoyCheck(view, row, columns);
      return result ? [result] : [];
    }),
  );
}

// ---------------------------------------------------------------------------------------
// Shares of a total
// ---------------------------------------------------------------------------------------

const GRAND_TOTAL = /(?:合计|总计)$/u;
/** What a share header may name as its base and still mean this table's own total. */
const GENERIC_BASE = /^(?:总额|合计|总计|合计数|总数|全部|总金额|全部金额|总体|总)?$/u;

function isGrandTotal(row: ViewRow): boolean {
  return GRAND_TOTAL.test(cleanLabel(row.label));
}

/** "占营业收入比例" names another base than the column total; "比例", "占比", "占合计比例" do not. */
function sharesOfColumnTotal(header: string): boolean {
  const base = /占(.*?)的?(?:比例|比重|百分比)/u.exec(header)?.[1];
  return base === undefined || GENERIC_BASE.test(base);
}

interface ShareBlock {
  total: ViewRow;
  details: ViewRow[];
}

/** Each 合计/总计 row with the plain rows above it since the previous grand total. */
function shareBlocks(view: TableView, amountCol: number): ShareBlock[] {
  const blocks: ShareBlock[] = [];
  let details: ViewRow[] = [];
  for (const row of view.rows) {
    if (isGrandTotal(row) && view.figureAt(row.row, amountCol)) {
      blocks.push({ total: row, details });
      details = [];
    } else if (!row.child && !row.component && !isTotalLabel(row.label) && view.figureAt(row.row, amountCol)) {
      details.push(row);
    }
  }
  return blocks;
}

function shareDescription(label: string, amountHeader: string): Bilingual {
  return {
    zh: `${label}占比 = ${amountHeader || '金额'} / 合计 × 100`,
    en: `${label} share = ${amountHeader || 'amount'} / total × 100`,
  };
}

function rowShareCheck(view: TableView, row: ViewRow, cols: { amount: number; share: number }, total: FigureRecord): CheckResult | null {
  const share = view.figureAt(row.row, cols.share);
  const amount = view.figureAt(row.row, cols.amount);
  if (!share || !amount) return null;
  const input = {
    rule: 'share',
    anchor: anchorOf(view, row.row, cols.share),
    description: shareDescription(row.label, leafHeader(view, cols.amount)),
    figures: [share, amount, total],
  };
  const ratio = approxDiv(operandOf(amount), operandOf(total));
  if (!ratio) return cannotEvaluate(input, { zh: '合计数为零，无法计算占比', en: 'The total is zero, so shares are undefined' });
  const result = fromTie(input, judgeComputed(approxMul(ratio, exact(HUNDRED)), share));
  // Filings nudge one share by a unit of its last digit so the column prints 100.00 (尾差调整).
  const oneUnit = toDecimal('1').times(toDecimal('10').pow(-share.precision));
  if (result.status === 'fail' && result.difference !== null && toDecimal(result.difference).abs().lte(oneUnit)) {
    return { ...result, status: 'rounding', reason: { zh: '尾差调整：占比相差末位一个单位，使各项合计为100%', en: 'rounding adjustment: the share is off by one unit of its last digit so the column adds to 100%' } };
  }
  return result;
}

/** The detail shares add up to the total row's share, or to 100 when it prints none. */
function shareSumCheck(view: TableView, block: ShareBlock, cols: { amount: number; share: number }, ofColumnTotal: boolean): CheckResult | null {
  const shares = block.details.map((row) => view.figureAt(row.row, cols.share));
  if (shares.length < 2 || shares.some((s) => s === undefined)) return null;
  const parts = shares.filter((s): s is FigureRecord => s !== undefined);
  const totalShare = view.figureAt(block.total.row, cols.share);
  if (!totalShare && !ofColumnTotal) return null;
  const precision = totalShare?.precision ?? Math.max(...parts.map((p) => p.precision));
  const actual = totalShare ? { value: totalShare.value, precision } : { value: '100', precision };
  const outcome = tieSum(
    parts.map((p) => ({ value: p.value, precision: p.precision })),
    actual,
  );
  return fromTie(
    {
      rule: 'share_sum',
      anchor: anchorOf(view, block.total.row, cols.share),
      description: {
        zh: `${leafHeader(view, cols.share)}各项之和 = ${totalShare ? '合计行占比' : '100'}`,
        en: `Shares in ${leafHeader(view, cols.share)} add up to ${totalShare ? "the total row's share" : '100'}`,
      },
      figures: totalShare ? [totalShare, ...parts] : parts,
    },
    outcome,
  );
}

function shareChecks(view: TableView): CheckResult[] {
  const results: CheckResult[] = [];
  for (const share of view.valueColumns.filter((c) => isShareColumn(view, c))) {
    const amount = nearestLeft(view.valueColumns, share, (c) => !isPercentColumn(view, c));
    if (amount === undefined) continue;
    const cols = { amount, share };
    const ofColumnTotal = sharesOfColumnTotal(leafHeader(view, share));
    for (const block of shareBlocks(view, amount)) {
      const total = view.figureAt(block.total.row, amount)!;
      const totalShare = view.figureAt(block.total.row, share);
      // A total row printing a share other than 100 means the base is something else
      // ("占应收账款期末余额合计数的比例" of the top five): only the sum can be checked.
      const totalIsBase = ofColumnTotal && (!totalShare || toDecimal(totalShare.value).eq(HUNDRED));
      if (totalIsBase) {
        for (const row of block.details) {
          const result = rowShareCheck(view, row, cols, total);
          if (result) results.push(result);
        }
      }
      const sum = shareSumCheck(view, block, cols, ofColumnTotal);
      if (sum) results.push(sum);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------
// Gross margin
// ---------------------------------------------------------------------------------------

const REVENUE = /^(?:营业收入|主营业务收入|收入|销售收入)$/u;
const COST = /^(?:营业成本|主营业务成本|成本|销售成本)$/u;
const MARGIN = /毛利率/u;

function stripUnit(header: string): string {
  return cleanLabel(header).replace(/[(（][^()（）]*[)）]$/u, '');
}

function marginDescription(label: string): Bilingual {
  return {
    zh: `${label}毛利率 = (营业收入 − 营业成本) / 营业收入 × 100`,
    en: `${label} gross margin = (revenue − cost) / revenue × 100`,
  };
}

function marginCheck(anchor: string, label: string, margin: FigureRecord, revenue: FigureRecord, cost: FigureRecord): CheckResult {
  const input = { rule: 'gross_margin', anchor, description: marginDescription(label), figures: [margin, revenue, cost] };
  const rev = operandOf(revenue);
  const ratio = approxDiv(approxSub(rev, operandOf(cost)), rev);
  if (!ratio) return cannotEvaluate(input, { zh: '营业收入为零，毛利率无意义', en: 'Revenue is zero, so the gross margin is undefined' });
  return fromTie(input, judgeComputed(approxMul(ratio, exact(HUNDRED)), margin));
}

/** 营业收入 | 营业成本 | 毛利率(%) as columns, one check per row. */
function marginColumnChecks(view: TableView): CheckResult[] {
  const leaf = (c: number): string => stripUnit(leafHeader(view, c));
  const plain = (c: number): boolean => !CHANGE_HEADER.test(leafHeader(view, c)) && columnPeriodKind(view, c) !== 'change';
  const results: CheckResult[] = [];
  for (const marginCol of view.valueColumns.filter((c) => MARGIN.test(leafHeader(view, c)) && plain(c))) {
    const revenueCol = nearestLeft(view.valueColumns, marginCol, (c) => REVENUE.test(leaf(c)) && plain(c));
    const costCol = nearestLeft(view.valueColumns, marginCol, (c) => COST.test(leaf(c)) && plain(c));
    if (revenueCol === undefined || costCol === undefined) continue;
    for (const row of view.rows) {
      const [margin, revenue, cost] = [marginCol, revenueCol, costCol].map((c) => view.figureAt(row.row, c));
      if (margin && revenue && cost) results.push(marginCheck(anchorOf(view, row.row, marginCol), row.label, margin, revenue, cost));
    }
  }
  return results;
}

/** 营业收入 / 营业成本 / 毛利率 as rows, one check per column. */
function marginRowChecks(view: TableView): CheckResult[] {
  const find = (test: (row: ViewRow) => boolean): ViewRow | undefined => view.rows.find(test);
  const revenueRow = find((r) => r.canonical === '营业收入' || REVENUE.test(cleanLabel(r.label)));
  const costRow = find((r) => r.canonical === '营业成本' || COST.test(cleanLabel(r.label)));
  const marginRow = find((r) => MARGIN.test(r.label) && !CHANGE_HEADER.test(r.label));
  if (!revenueRow || !costRow || !marginRow) return [];
  return view.valueColumns.flatMap((col) => {
    if (columnPeriodKind(view, col) === 'change' || CHANGE_HEADER.test(leafHeader(view, col))) return [];
    const [margin, revenue, cost] = [marginRow, revenueRow, costRow].map((r) => view.figureAt(r.row, col));
    if (!margin || !revenue || !cost) return [];
    const label = leafHeader(view, col);
    return [marginCheck(anchorOf(view, marginRow.row, col), label, margin, revenue, cost)];
  });
}

// ---------------------------------------------------------------------------------------

/** Every ratio a filing's tables print that the amounts beside it let us recompute. */
export function ratioChecks(_filing: FilingFigures, views: readonly TableView[]): CheckResult[] {
  return views.flatMap((view) => [...yoyChecks(view), ...shareChecks(view), ...marginColumnChecks(view), ...marginRowChecks(view)]);
}
