/**
 * Families a and b over a filing's tables: footing (every total equals its rows),
 * roll-forwards (期初 + 增加 − 减少 = 期末), and the statement identities
 * (资产总计 = 负债合计 + 所有者权益合计 …), column by column, as CheckResults.
 */
import type { FigureRecord } from '../../api/contract';
import { compareDecimal } from '../numbers';
import { footTable, type FootingRow } from './footing';
import type { TableView, ViewRow } from './table-view';
import { tieSum, type Operand, type Tie } from './tie';
import type { Bilingual, CheckResult } from './types';

const operand = (figure: FigureRecord, sign: 1 | -1 = 1): Operand => ({ value: figure.value, precision: figure.precision, sign });

function result(partial: Omit<CheckResult, 'expected' | 'actual' | 'difference' | 'tolerance' | 'status' | 'reason'>, tie: Tie): CheckResult {
  return { ...partial, expected: tie.expected, actual: tie.actual, difference: tie.difference, tolerance: tie.tolerance, status: tie.status, reason: null };
}

function cannot(partial: Omit<CheckResult, 'expected' | 'actual' | 'difference' | 'tolerance' | 'status' | 'reason'>, reason: Bilingual): CheckResult {
  return { ...partial, expected: null, actual: null, difference: null, tolerance: null, status: 'cannot_evaluate', reason };
}

function columnName(view: TableView, col: number): string {
  const header = view.columnHeader.get(col) ?? [];
  return header[header.length - 1] ?? `#${col + 1}`;
}

/** Columns of ratios and shares (比例, 占比, 计提比例(%)): they do not add up down a column. */
const RATIO_COLUMN = /比例|比率|占比|比重|率|%/u;

const measureOf = (figure: FigureRecord): string => (figure.percent ? '%' : `${figure.unit ?? ''}`);

/** a. Footing: each 合计 / 小计 / 总计 row against the rows it totals, in the same unit. */
export function footingChecks(view: TableView): CheckResult[] {
  const columns = view.valueColumns.filter((col) => {
    const header = (view.columnHeader.get(col) ?? []).join('');
    if (RATIO_COLUMN.test(header)) return false;
    // A column without a header of its own whose numbers all lie within 0–100 is read as rates
    // (a 计提比例 under a merged header cell), which do not add up.
    if (header === '') {
      const values = view.rows.flatMap((r) => {
        const slot = r.slots.get(col);
        return slot?.kind === 'figure' ? [slot.figure.value] : [];
      });
      if (values.length > 0 && values.every((v) => compareDecimal(v, '0') >= 0 && compareDecimal(v, '100') <= 0)) return false;
    }
    return true;
  });
  const rows: FootingRow[] = view.rows.map((r) => ({
    row: r.row,
    label: r.label,
    child: r.child,
    values: new Map([...r.slots].flatMap(([col, slot]) => (slot.kind === 'figure' && !slot.figure.percent ? [[col, operand(slot.figure)] as const] : []))),
  }));
  const label = (row: number): string => view.rows.find((r) => r.row === row)?.label ?? '';
  const components = new Set(view.rows.filter((r) => r.component).map((r) => r.row));
  return footTable(rows, columns, components).flatMap((f) => {
    const total = view.figureAt(f.totalRow, f.column)!;
    const addends = f.addendRows.map((row) => view.figureAt(row, f.column)!).filter(Boolean);
    // People, percentages and money in one column do not make one total (销售人员数量(人) above 薪酬合计(万元)).
    if (addends.some((a) => measureOf(a) !== measureOf(total))) return [];
    // Every line printing the total's own value (100.00 down a 计提比例 column): rates, not addends.
    if (addends.length >= 2 && addends.every((a) => compareDecimal(a.value, total.value) === 0)) return [];
    const parts = f.addendRows.map(label).join(' + ');
    return [result(
      {
        key: `footing:total:${view.table.id}:${f.totalRow}:${f.column}`,
        family: 'footing',
        rule: 'footing.total',
        description: {
          zh: `${label(f.totalRow)}（${columnName(view, f.column)}）= ${parts}`,
          en: `${label(f.totalRow)} (${columnName(view, f.column)}) = sum of ${f.addendRows.length} rows above`,
        },
        figureIds: [total.id, ...addends.map((a) => a.id)],
      },
      f.tie,
    )];
  });
}

const OPENING = /期初|年初|上年末|上年年末/u;
const INCREASE = /增加|计提|购置|本期增/u;
const DECREASE = /减少|转回|转销|核销|处置|摊销|折旧|转出|解除|解禁|本期减/u;
const CLOSING = /期末/u;

/** a. Roll-forward across columns: 期初余额 + 本期增加 − 本期减少 = 期末余额, row by row. */
export function rollForwardChecks(view: TableView): CheckResult[] {
  const find = (pattern: RegExp, not?: RegExp): number[] =>
    view.valueColumns.filter((c) => {
      const header = (view.columnHeader.get(c) ?? []).join('');
      return pattern.test(header) && !(not && not.test(header));
    });
  const opening = find(OPENING, /增加|减少/u);
  const closing = find(CLOSING, /增加|减少|期初/u);
  const increases = find(INCREASE, OPENING);
  const decreases = find(DECREASE, OPENING);
  if (opening.length !== 1 || closing.length !== 1 || increases.length + decreases.length === 0) return [];
  const [open, close] = [opening[0]!, closing[0]!];
  // A movement column it cannot read (neither an increase nor a decrease) would be guessed at: skip the table.
  const known = new Set([open, close, ...increases, ...decreases]);
  if (view.valueColumns.some((c) => c > Math.min(open, close) && c < Math.max(open, close) && !known.has(c))) return [];
  const results: CheckResult[] = [];
  for (const row of view.rows) {
    const end = row.slots.get(close);
    if (end?.kind !== 'figure') continue;
    // A blank or "-" column adds nothing: it is left out, so it neither adds nor loosens the tolerance.
    const part = (col: number, sign: 1 | -1): Operand[] => {
      const slot = row.slots.get(col);
      return slot?.kind === 'figure' ? [operand(slot.figure, sign)] : [];
    };
    const operands = [...part(open, 1), ...increases.flatMap((c) => part(c, 1)), ...decreases.flatMap((c) => part(c, -1))];
    const ids = [open, ...increases, ...decreases].map((c) => view.figureAt(row.row, c)?.id).filter((id): id is number => id !== undefined);
    if (ids.length === 0) continue;
    results.push(
      result(
        {
          key: `footing:rollforward:${view.table.id}:${row.row}`,
          family: 'footing',
          rule: 'footing.rollforward',
          description: { zh: `${row.label}：期初 + 本期增加 − 本期减少 = 期末`, en: `${row.label}: opening + increases − decreases = closing` },
          figureIds: [end.figure.id, ...ids],
        },
        tieSum(operands, operand(end.figure)),
      ),
    );
  }
  return results;
}

interface Identity {
  rule: string;
  kinds: readonly string[];
  total: string;
  parts: readonly (readonly [string, 1 | -1])[];
  /** Parts that may be absent (no minority interest, no FX effect): read as zero. */
  optional?: readonly string[];
  zh: string;
  en: string;
}

export const IDENTITIES: readonly Identity[] = [
  { rule: 'identity.assets', kinds: ['balance_sheet'], total: '资产总计', parts: [['负债合计', 1], ['所有者权益合计', 1]], zh: '资产总计 = 负债合计 + 所有者权益合计', en: 'Total assets = total liabilities + total equity' },
  { rule: 'identity.assets_split', kinds: ['balance_sheet'], total: '资产总计', parts: [['流动资产合计', 1], ['非流动资产合计', 1]], zh: '资产总计 = 流动资产合计 + 非流动资产合计', en: 'Total assets = current + non-current assets' },
  { rule: 'identity.liabilities_split', kinds: ['balance_sheet'], total: '负债合计', parts: [['流动负债合计', 1], ['非流动负债合计', 1]], optional: ['非流动负债合计'], zh: '负债合计 = 流动负债合计 + 非流动负债合计', en: 'Total liabilities = current + non-current liabilities' },
  { rule: 'identity.balance', kinds: ['balance_sheet'], total: '负债和所有者权益总计', parts: [['资产总计', 1]], zh: '负债和所有者权益总计 = 资产总计', en: 'Total liabilities and equity = total assets' },
  { rule: 'identity.profit_before_tax', kinds: ['income_statement'], total: '利润总额', parts: [['营业利润', 1], ['营业外收入', 1], ['营业外支出', -1]], optional: ['营业外收入', '营业外支出'], zh: '利润总额 = 营业利润 + 营业外收入 − 营业外支出', en: 'Profit before tax = operating profit + non-operating income − non-operating expenses' },
  { rule: 'identity.net_profit', kinds: ['income_statement'], total: '净利润', parts: [['利润总额', 1], ['所得税费用', -1]], optional: ['所得税费用'], zh: '净利润 = 利润总额 − 所得税费用', en: 'Net profit = profit before tax − income tax' },
  { rule: 'identity.net_profit_split', kinds: ['income_statement'], total: '净利润', parts: [['归属于母公司所有者的净利润', 1], ['少数股东损益', 1]], optional: ['少数股东损益'], zh: '净利润 = 归属于母公司所有者的净利润 + 少数股东损益', en: 'Net profit = attributable to owners of the parent + minority interests' },
  { rule: 'identity.operating_cash', kinds: ['cash_flow'], total: '经营活动产生的现金流量净额', parts: [['经营活动现金流入小计', 1], ['经营活动现金流出小计', -1]], zh: '经营活动现金流量净额 = 流入小计 − 流出小计', en: 'Net operating cash flow = inflows − outflows' },
  { rule: 'identity.investing_cash', kinds: ['cash_flow'], total: '投资活动产生的现金流量净额', parts: [['投资活动现金流入小计', 1], ['投资活动现金流出小计', -1]], zh: '投资活动现金流量净额 = 流入小计 − 流出小计', en: 'Net investing cash flow = inflows − outflows' },
  { rule: 'identity.financing_cash', kinds: ['cash_flow'], total: '筹资活动产生的现金流量净额', parts: [['筹资活动现金流入小计', 1], ['筹资活动现金流出小计', -1]], zh: '筹资活动现金流量净额 = 流入小计 − 流出小计', en: 'Net financing cash flow = inflows − outflows' },
  { rule: 'identity.cash_increase', kinds: ['cash_flow'], total: '现金及现金等价物净增加额', parts: [['经营活动产生的现金流量净额', 1], ['投资活动产生的现金流量净额', 1], ['筹资活动产生的现金流量净额', 1], ['汇率变动对现金及现金等价物的影响', 1]], optional: ['汇率变动对现金及现金等价物的影响'], zh: '现金净增加额 = 经营 + 投资 + 筹资 + 汇率变动影响', en: 'Net increase in cash = operating + investing + financing + FX effect' },
  { rule: 'identity.closing_cash', kinds: ['cash_flow'], total: '期末现金及现金等价物余额', parts: [['期初现金及现金等价物余额', 1], ['现金及现金等价物净增加额', 1]], zh: '期末现金余额 = 期初现金余额 + 现金净增加额', en: 'Closing cash = opening cash + net increase' },
];

/** The row of a table holding a canonical line: the first top-level one, else the first at all. */
function rowOf(view: TableView, canonical: string): ViewRow | undefined {
  return view.rows.find((r) => r.canonical === canonical && !r.child) ?? view.rows.find((r) => r.canonical === canonical);
}

/** b. Statement identities, per value column of each statement table. */
export function identityChecks(view: TableView): CheckResult[] {
  const results: CheckResult[] = [];
  for (const identity of IDENTITIES) {
    if (!identity.kinds.includes(view.table.kind)) continue;
    const totalRow = rowOf(view, identity.total);
    if (!totalRow) continue;
    for (const col of view.valueColumns) {
      const total = totalRow.slots.get(col);
      if (total?.kind !== 'figure' || total.figure.percent) continue;
      const base = {
        key: `identity:${identity.rule}:${view.table.id}:${col}`,
        family: 'identity' as const,
        rule: identity.rule,
        description: { zh: `${identity.zh}（${columnName(view, col)}）`, en: `${identity.en} (${columnName(view, col)})` },
      };
      const operands: Operand[] = [];
      const ids: number[] = [total.figure.id];
      const missing: string[] = [];
      let printedParts = 0;
      for (const [name, sign] of identity.parts) {
        const slot = rowOf(view, name)?.slots.get(col);
        if (slot) printedParts++;
        if (slot?.kind === 'figure') {
          operands.push(operand(slot.figure, sign));
          ids.push(slot.figure.id);
        } else if (slot?.kind !== 'empty' && !identity.optional?.includes(name)) {
          missing.push(name); // a "-" or an optional line not printed is nil: it adds nothing
        }
      }
      // Most parts not printed: the identity is not this table's (a parent-only statement, a
      // supplementary note that repeats one line of the statement).
      const required = identity.parts.length - (identity.optional?.length ?? 0);
      if (printedParts === 0 || printedParts * 2 < required) continue;
      if (missing.length > 0) {
        results.push(cannot({ ...base, figureIds: ids }, { zh: `未找到：${missing.join('、')}`, en: `not found in the table: ${missing.join(', ')}` }));
        continue;
      }
      results.push(result({ ...base, figureIds: ids }, tieSum(operands, operand(total.figure))));
    }
  }
  return results;
}
