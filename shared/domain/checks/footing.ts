/**
 * Footing: every 合计 / 小计 / 总计 row of a table equals the rows it totals, column by
 * column. The addends are read as an auditor reads a statement, trying in turn: the
 * rows right above it (流出小计); everything no earlier total has taken since the section
 * heading (所有者权益合计 = 归属于母公司所有者权益合计 + 少数股东权益); the subtotals since
 * the last grand total (资产总计 = 流动资产合计 + 非流动资产合计). "其中：" children never count.
 */
import { labelIndentLevel } from '../metrics';
import { compareDecimal } from '../numbers';
import { sumOperands, tieSum, type Operand, type Tie } from './tie';

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

/** "担保总额(A+B)", "余额合计(B)": totals named by letter refer to rows elsewhere, not to the rows above. */
const LETTER_REFERENCE = /[(（][A-Z](?:\s*[+＋]\s*[A-Z])*[)）]/u;

export function isTotalLabel(label: string): boolean {
  if (LETTER_REFERENCE.test(label)) return false;
  return TOTAL.test(label.replace(/[\s:：]/gu, '').replace(/[(（][^()（）]*[)）]$/u, ''));
}

interface Entry {
  row: FootingRow;
  total: boolean;
  consumed: boolean;
  /** Printed as a component of the line above it, as its values show (see valueChildren). */
  valueChild: boolean;
  /** A part of a net line printed below it (see netLineParts). */
  netPart: boolean;
}

/** "其中：" printed alone on its line: the lines under it are components of the line above. */
const BARE_OF_WHICH = /^其中[:：]?$/u;

function sameValues(parent: FootingRow, children: readonly FootingRow[], columns: readonly number[]): boolean {
  let compared = 0;
  for (const column of columns) {
    const total = parent.values.get(column);
    if (!total) continue;
    const parts = children.map((c) => c.values.get(column)).filter((v): v is Operand => v !== undefined);
    if (parts.length === 0) return false;
    // Exactly equal, no tolerance: a grouping is read from values only when they tie to the cent.
    if (compareDecimal(sumOperands(parts), total.value) !== 0) return false;
    compared++;
  }
  return compared > 0 && [...parent.values.values()].some((v) => !/^-?0*(\.0*)?$/.test(v.value));
}

/**
 * Lines that are components of the line above them, told by their values: a line followed
 * by lines that add up to it exactly in every column (三、社会保险费 = 医疗 + 工伤 + 生育;
 * 一、不能重分类进损益的其他综合收益 = its items). A single following line counts only when a
 * bare "其中：" stands between them (按组合计提 / 其中： / 账龄组合), since two siblings may
 * simply print the same amount.
 */
export function valueChildren(rows: readonly FootingRow[], columns: readonly number[]): Set<number> {
  const children = new Set<number>();
  const isBoundary = (r: FootingRow): boolean => isTotalLabel(r.label) || (r.values.size === 0 && labelIndentLevel(r.label).sectionHeading);
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i]!;
    if (parent.values.size === 0 || isTotalLabel(parent.label) || children.has(parent.row)) continue;
    const signalled = rows[i + 1] !== undefined && BARE_OF_WHICH.test(rows[i + 1]!.label.trim());
    const following = rows.slice(i + 1, i + 15).filter((r) => !BARE_OF_WHICH.test(r.label.trim()));
    for (let k = 1; k <= Math.min(12, following.length); k++) {
      const group = following.slice(0, k);
      if (group.some(isBoundary)) break;
      if ((k > 1 || signalled) && sameValues(parent, group, columns)) {
        for (const r of group) children.add(r.row);
        break;
      }
    }
  }
  return children;
}

/**
 * Lines that are parts of a net line printed under them (利息支出 / 减：利息收入 /
 * 利息净支出): the net line alone enters the total. A separate reading from valueChildren,
 * since the same three lines also read as gross = income + net.
 */
export function netLineParts(allRows: readonly FootingRow[], columns: readonly number[]): Set<number> {
  const children = new Set<number>();
  const isBoundary = (r: FootingRow): boolean => isTotalLabel(r.label) || (r.values.size === 0 && labelIndentLevel(r.label).sectionHeading);
  // "其中：" lines under a gross line are its components, not parts of the net line.
  const rows = allRows.filter((r) => !BARE_OF_WHICH.test(r.label.trim()) && !r.child && !labelIndentLevel(r.label).child);
  for (let i = 2; i < rows.length; i++) {
    const net = rows[i]!;
    if (net.values.size === 0 || isTotalLabel(net.label) || children.has(net.row)) continue;
    for (let k = 2; k <= Math.min(6, i); k++) {
      const group = rows.slice(i - k, i);
      if (group.some((r) => isBoundary(r) || children.has(r.row))) break;
      // "减：利息收入" may print its amount positive (and be taken away) or negative already.
      const signed = group.map((r) => ({ ...r, values: new Map([...r.values].map(([c, v]) => [c, labelIndentLevel(r.label).operator === 'subtract' ? { ...v, sign: -1 as const } : v])) }));
      // One column is enough: footing only tries this reading, and keeps it where it ties.
      const tiesIn = (parts: readonly FootingRow[]): boolean => columns.some((c) => sameValues(net, parts, [c]));
      if (tiesIn(signed) || tiesIn(group)) {
        for (const r of group) children.add(r.row);
        break;
      }
    }
  }
  return children;
}

/**
 * The addends' operands in one column, under a reading of "减：": it takes away the line
 * it prints on ('line': 减：库存股), or that line and the ones after it in the block
 * ('group': 减：所得税影响额 / 少数股东权益影响额), or the filing already printed the
 * amount negative and 减 only names it ('printed': 减：未确认融资费用 -254,544.47). Lines
 * printed without a value ("-") add nothing.
 */
type MinusReading = 'line' | 'group' | 'printed';

function operandsIn(entries: readonly Entry[], column: number, minus: MinusReading): { rows: number[]; operands: Operand[] } {
  const rows: number[] = [];
  const operands: Operand[] = [];
  let subtracting = false;
  for (const entry of entries) {
    const operator = labelIndentLevel(entry.row.label).operator;
    if (operator === 'add' || minus === 'line') subtracting = false;
    if (operator === 'subtract' && minus !== 'printed') subtracting = true;
    const value = entry.row.values.get(column);
    if (!value) continue;
    rows.push(entry.row.row);
    operands.push(subtracting ? { ...value, sign: -1 } : value);
  }
  return { rows, operands };
}

/** `components`: the rows valueChildren finds, when the caller has them already (a TableView does). */
export function footTable(rows: readonly FootingRow[], columns: readonly number[], components?: ReadonlySet<number>): FootingResult[] {
  const results: FootingResult[] = [];
  const entries: Entry[] = [];
  const componentRows = components ?? valueChildren(rows, columns);
  const netParts = netLineParts(rows, columns);
  let sectionStart = 0;
  for (const row of rows) {
    const hints = labelIndentLevel(row.label);
    if (BARE_OF_WHICH.test(row.label.trim())) continue;
    if (row.values.size === 0 && hints.sectionHeading) {
      sectionStart = entries.length;
      continue;
    }
    if (row.child || hints.child) continue;
    const total = isTotalLabel(row.label);
    if (!total) {
      entries.push({ row, total: false, consumed: false, valueChild: componentRows.has(row.row), netPart: netParts.has(row.row) });
      continue;
    }
    const section = entries.slice(sectionStart).filter((e) => !e.consumed);
    const lastBoundary = Math.max(sectionStart - 1, entries.map((e) => e.total).lastIndexOf(true));
    const block = entries.slice(lastBoundary + 1).filter((e) => !e.total && !e.consumed);
    const lastClosed = entries.map((e) => e.total && GRAND_TOTAL.test(e.row.label)).lastIndexOf(true);
    const subtotals = entries.slice(lastClosed + 1).filter((e) => e.total && !e.consumed);
    const withoutComponents = (list: Entry[]): Entry[] => list.filter((e) => !e.valueChild);
    const withoutNetParts = (list: Entry[]): Entry[] => list.filter((e) => !e.netPart);
    const candidates: { basis: FootingResult['basis']; addends: Entry[] }[] = [
      { basis: 'block' as const, addends: block },
      { basis: 'block' as const, addends: withoutComponents(block) },
      { basis: 'block' as const, addends: withoutNetParts(block) },
      { basis: 'section' as const, addends: section },
      { basis: 'section' as const, addends: withoutComponents(section) },
      { basis: 'section' as const, addends: withoutNetParts(section) },
      // A total of subtotals adds at least two (资产总计 = 流动 + 非流动); one alone is another measure.
      { basis: 'subtotals' as const, addends: subtotals.length >= 2 ? subtotals : [] },
    ].filter((c, i, all) => {
      const rowsOf = (list: Entry[]): string => list.map((e) => e.row.row).join(',');
      return c.addends.length > 0 && all.findIndex((o) => o.basis === c.basis && rowsOf(o.addends) === rowsOf(c.addends)) === i;
    });
    let taken: Entry[] = [];
    for (const column of columns) {
      const actual = row.values.get(column);
      if (!actual) continue;
      // Addends that print nothing cannot make a non-zero total: not a footing structure.
      const zero = /^-?0*(\.0*)?$/.test(actual.value);
      // Readings in order; the first that ties wins, else the first tried is reported.
      let first: (typeof candidates)[number] & { rows: number[]; tie: Tie } | undefined;
      let chosen: typeof first;
      for (const candidate of candidates) {
        for (const minus of ['line', 'group', 'printed'] as const) {
          const reading = operandsIn(candidate.addends, column, minus);
          if (reading.operands.length === 0 && !zero) continue;
          const evaluated = { ...candidate, rows: reading.rows, tie: tieSum(reading.operands, actual) };
          first ??= evaluated;
          if (evaluated.tie.status !== 'fail') chosen = evaluated;
          if (chosen) break;
        }
        if (chosen) break;
      }
      chosen ??= first;
      if (!chosen) continue;
      results.push({ totalRow: row.row, column, addendRows: chosen.rows, tie: chosen.tie, basis: chosen.basis });
      taken = chosen.addends;
    }
    for (const entry of taken) entry.consumed = true;
    entries.push({ row, total: true, consumed: false, valueChild: false, netPart: false });
  }
  return results;
}
