/**
 * Whether an expected and an actual amount tie, exactly, with the tolerance printed
 * precision allows: n values printed to d decimals may sum to a total that differs by
 * up to n × 0.5 × 10^-d (尾数差异), which is a rounding difference, not a failure.
 */
import { decimalToString, precisionOf, toDecimal } from '../numbers';

export type TieStatus = 'pass' | 'rounding' | 'fail';

export interface Tie {
  status: TieStatus;
  expected: string;
  actual: string;
  /** actual − expected. */
  difference: string;
  tolerance: string;
}

export interface Operand {
  value: string;
  precision: number;
  /** +1 adds, −1 subtracts. */
  sign?: 1 | -1;
}

/** Sum of signed operands, exactly, written to the finest precision among them. */
export function sumOperands(operands: readonly Operand[]): string {
  const total = operands.reduce((acc, o) => acc.plus(toDecimal(o.value).times(o.sign ?? 1)), toDecimal('0'));
  return decimalToString(total, Math.max(0, ...operands.map((o) => o.precision)));
}

/**
 * The rounding tolerance of a value computed from `operands` against a printed `actual`:
 * n × 0.5 × 10^-d for n operands at the coarsest printed precision d.
 */
const tolerances = new Map<string, string>();

export function roundingTolerance(operands: readonly Operand[], actualPrecision: number): string {
  const coarsest = Math.min(actualPrecision, ...operands.map((o) => o.precision));
  const count = Math.max(1, operands.length);
  const key = `${count}:${coarsest}`;
  let tolerance = tolerances.get(key);
  if (tolerance === undefined) {
    tolerance = decimalToString(toDecimal('0.5').times(count).times(toDecimal('10').pow(-coarsest)));
    tolerances.set(key, tolerance);
  }
  return tolerance;
}

export function tie(expected: string, actual: string, tolerance: string): Tie {
  const difference = toDecimal(actual).minus(toDecimal(expected));
  const status: TieStatus = difference.isZero() ? 'pass' : difference.abs().lte(toDecimal(tolerance)) ? 'rounding' : 'fail';
  const places = Math.max(precisionOf(expected), precisionOf(actual));
  return { status, expected, actual, difference: decimalToString(difference, places), tolerance };
}

/** Does the signed sum of `operands` tie to `actual`? */
export function tieSum(operands: readonly Operand[], actual: Operand): Tie {
  return tie(sumOperands(operands), actual.value, roundingTolerance(operands, actual.precision));
}
