/**
 * Across filings of one company: a figure for the same metric and period must agree
 * wherever it is printed, e.g. total assets at 2024-12-31 in the annual report (元) and in
 * the exchange inquiry reply (万元), or as the comparison column of the next half-year report.
 */
import type { FigureRecord } from '../../api/contract';
import { samePeriod, tieAcrossUnits } from './consistency';
import type { CheckResult, CheckTable, FilingFigures } from './types';

/** Where a figure is most authoritative in its filing: lower is better; null is never used. */
function tableRank(table: CheckTable | undefined): number | null {
  if (!table || /母公司/u.test(table.title ?? '')) return null;
  if (['balance_sheet', 'income_statement', 'cash_flow'].includes(table.kind)) return /合并/u.test(table.title ?? '') ? 0 : 1;
  if (table.kind === 'key_figures') return 2;
  return 3;
}

interface Representative {
  figure: FigureRecord;
  /** canonical | periodStart | periodEnd */
  group: string;
}

function groupOf(figure: FigureRecord): string {
  return `${figure.canonical}|${figure.periodStart ?? ''}|${figure.periodEnd}`;
}

/**
 * One figure per metric and period in a filing: the consolidated statement's line before
 * the key figures before any other table, so each pair of filings yields one comparison.
 */
function representatives(filing: FilingFigures): Map<string, Representative> {
  const tables = new Map(filing.tables.map((t) => [t.id, t] as const));
  const best = new Map<string, { figure: FigureRecord; rank: number }>();
  for (const figure of filing.figures) {
    if (figure.source !== 'table' || figure.canonical === null || figure.periodEnd === null || figure.periodKind === 'change') continue;
    const rank = tableRank(figure.tableId === null ? undefined : tables.get(figure.tableId));
    if (rank === null) continue;
    const group = groupOf(figure);
    const current = best.get(group);
    if (!current || rank < current.rank || (rank === current.rank && figure.id < current.figure.id)) best.set(group, { figure, rank });
  }
  return new Map([...best.entries()].map(([group, { figure }]) => [group, { figure, group }]));
}

/** An inquiry reply against the report it asks about first, then other filings, in a stable order. */
function comparisonOrder(filing: FilingFigures, others: readonly FilingFigures[]): FilingFigures[] {
  const isReply = (f: FilingFigures): boolean => f.documentType === 'inquiry_reply';
  const preferred = (other: FilingFigures): number => (isReply(filing) !== isReply(other) ? 0 : 1);
  return others
    .filter((o) => o.documentId !== filing.documentId && o.securityCode !== null && o.securityCode === filing.securityCode)
    .sort((a, b) => preferred(a) - preferred(b) || a.documentId - b.documentId);
}

function compare(own: FigureRecord, other: FigureRecord, otherFiling: FilingFigures): CheckResult {
  const [low, high] = own.id < other.id ? [own.id, other.id] : [other.id, own.id];
  const outcome = tieAcrossUnits(own, other, false);
  const description = {
    zh: `「${own.metric}」(${own.periodEnd}) 与文件 ${otherFiling.documentId} 所载一致`,
    en: `${own.canonical} (${own.periodEnd}) agrees with filing ${otherFiling.documentId}`,
  };
  const base = {
    key: `cross_filing:same_figure:${low}-${high}`,
    family: 'cross_filing' as const,
    rule: 'cross_filing.same_figure',
    description,
    figureIds: [own.id, other.id],
  };
  if (!('status' in outcome)) {
    return { ...base, expected: null, actual: own.value, difference: null, tolerance: null, status: 'cannot_evaluate', reason: outcome.reason };
  }
  return { ...base, ...outcome, reason: null };
}

/** The same metric for the same period in another filing of the same security. */
export function crossFilingChecks(filing: FilingFigures, others: readonly FilingFigures[]): CheckResult[] {
  if (filing.securityCode === null) return [];
  const own = representatives(filing);
  const results: CheckResult[] = [];
  const seen = new Set<string>();
  for (const otherFiling of comparisonOrder(filing, others)) {
    for (const [group, theirs] of representatives(otherFiling)) {
      const mine = own.get(group);
      if (!mine || !samePeriod(mine.figure, theirs.figure)) continue;
      const result = compare(mine.figure, theirs.figure, otherFiling);
      if (seen.has(result.key)) continue;
      seen.add(result.key);
      results.push(result);
    }
  }
  return results;
}
