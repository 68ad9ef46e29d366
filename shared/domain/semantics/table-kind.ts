/** The kind of a table, from its title or, failing that, from the standard lines it holds. */
import type { TableKind } from '../../api/contract';

const BY_TITLE: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/所有者权益变动表|股东权益变动表/u, 'equity_changes'],
  [/资产负债表/u, 'balance_sheet'],
  [/利润表|损益表/u, 'income_statement'],
  [/现金流量表/u, 'cash_flow'],
  [/主要会计数据|主要财务指标|主要财务数据|主要会计数据和财务指标/u, 'key_figures'],
  [/关联交易|关联方/u, 'related_party'],
];

/** Headers that name related-party dealings ("关联交易类别", "关联方名称"). */
const RELATED_PARTY_HEADER = /关联交易|关联方/u;

export function tableKind(title: string | null, canonicalLabels: ReadonlySet<string>, headers: readonly string[] = []): TableKind {
  for (const [pattern, kind] of BY_TITLE) if (title && pattern.test(title)) return kind;
  if (headers.some((h) => RELATED_PARTY_HEADER.test(h))) return 'related_party';
  const has = (...names: string[]): boolean => names.every((n) => canonicalLabels.has(n));
  if (has('资产总计') && (has('负债合计') || has('负债和所有者权益总计'))) return 'balance_sheet';
  if (has('经营活动产生的现金流量净额') && (has('投资活动产生的现金流量净额') || has('筹资活动产生的现金流量净额'))) return 'cash_flow';
  if (has('利润总额') && has('净利润') && (has('营业收入') || has('营业总收入'))) return 'income_statement';
  return 'other';
}
