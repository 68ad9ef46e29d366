/**
 * Footing: every 合计 / 小计 / 总计 row of a table equals the rows it totals, column by
 * column. The addends are read as an auditor reads a statement, trying in turn: the
 * rows right above it (流出小计); everything no earlier total has taken since the section
 * heading (所有者权益合计 = 归属于母公司所有者权益合计 + 少数股东权益); the subtotals since
 * the last grand total (资产总计 = 流动资产合计 + 非流动资产合计). "其中：" children never count.
 */
import { labelIndentLevel } from '../metrics';
import { tieSum, type Operand, type Tie } from './tie';

export interface FootingRow {
  row: number;
  label: string;
  /** True for a "其中：" line or any line the extraction placed under a parent. */
  child: boolean;
  /** The row's value per column index, for the columns that hold a number there. */
  values: Map<number, Operand>;
}

export interface FootingResult {
  totalRow: number;
  column: number;
  addendRows: number[];
  tie: Tie;
  /**
   * Which reading of the addends tied (or, failing all, the first tried): 'block', the
   * rows right above since the last total or heading; 'section', everything no total has
   * taken since the heading; 'subtotals', the totals since the last grand total.
   */
  basis: 'block' | 'section' | 'subtotals';
}

const TOTAL = /(?:合计|小计|总计)$/u;
const GRAND_TOTAL = /总计$/u;

export function isTotalLabel(label: string): boolean {
  return TOTAL.test(label.replace(/[\s:：]/gu, '').replace(/[(（][^()（）]*[)）]$/u, ''));
}

interface Entry {
  row: FootingRow;
  total: boolean;
  consumed: boolean;
}

/**
 * The addends' operands in one column, under a reading of "减：": it takes away the line
 * it prints on ('line': 减：库存股), or that line and the ones after it in the block
 * ('group': 减：所得税影响额 / 少数股东权益影响额). Lines printed without a value ("-")
 * add nothing.
 */
function operandsIn(entries: readonly Entry[], column: number, minus: 'line' | 'group'): { rows: number[]; operands: Operand[] } {
  const rows: number[] = [];
  const operands: Operand[] = [];
  let subtracting = false;
  for (const entry of entries) {
    const operator = labelIndentLevel(entry.row.label).operator;
    if (operator === 'add' || minus === 'line') subtracting = false;
    if (operator === 'subtract') subtracting = true;
    const value = entry.row.values.get(column);
    if (!value) continue;
    rows.push(entry.row.row);
    operands.push(subtracting ? { ...value, sign: -1 } : value);
  }
  return { rows, operands };
}

export function footTable(rows: readonly FootingRow[], columns: readonly number[]): FootingResult[] {
  const results: FootingResult[] = [];
  const entries: Entry[] = [];
  let sectionStart = 0;
  for (const row of rows) {
    const hints = labelIndentLevel(row.label);
    if (row.values.size === 0 && hints.sectionHeading) {
      sectionStart = entries.length;
      continue;
    }
    if (row.child || hints.child) continue;
    const total = isTotalLabel(row.label);
    if (!total) {
      entries.push({ row, total: false, consumed: false });
      continue;
    }
    const section = entries.slice(sectionStart).filter((e) => !e.consumed);
    const lastBoundary = Math.max(sectionStart - 1, entries.map((e) => e.total).lastIndexOf(true));
    const block = entries.slice(lastBoundary + 1).filter((e) => !e.total && !e.consumed);
    const lastClosed = entries.map((e) => e.total && GRAND_TOTAL.test(e.row.label)).lastIndexOf(true);
    const subtotals = entries.slice(lastClosed + 1).filter((e) => e.total && !e.consumed);
    const candidates: { basis: FootingResult['basis']; addends: Entry[] }[] = [
      { basis: 'block' as const, addends: block },
      { basis: 'section' as const, addends: section },
      { basis: 'subtotals' as const, addends: subtotals },
    ].filter((c) => c.addends.length > 0);
    let taken: Entry[] = [];
    for (const column of columns) {
      const actual = row.values.get(column);
      if (!actual) continue;
      const readings = candidates.flatMap((c) =>
        (['line', 'group'] as const).map((minus) => ({ ...c, ...operandsIn(c.addends, column, minus) })),
      );
      const evaluated = readings.map((c) => ({ ...c, tie: tieSum(c.operands, actual) }));
      if (evaluated.length === 0) continue;
      // Prefer the reading that ties; otherwise report the first tried.
      const chosen = evaluated.find((c) => c.tie.status !== 'fail') ?? evaluated[0]!;
      results.push({ totalRow: row.row, column, addendRows: chosen.rows, tie: chosen.tie, basis: chosen.basis });
      taken = chosen.addends;
    }
    for (const entry of taken) entry.consumed = true;
    entries.push({ row, total: true, consumed: false });
  }
  return results;
}
