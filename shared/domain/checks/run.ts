/**
 * All built-in checks of one filing, in one pure call: footing, roll-forwards and
 * identities per table, then the families that read across tables and filings.
 * Results come back failures first, then by family and key, so output is stable.
 */
import { identityChecks, footingChecks, rollForwardChecks } from './statement-checks';
import { tableView, type TableView } from './table-view';
import type { CheckResult, CheckStatus, FilingFigures } from './types';

export interface CheckFamilyRunner {
  family: string;
  run(filing: FilingFigures, views: readonly TableView[]): CheckResult[];
}

const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, cannot_evaluate: 1, rounding: 2, pass: 3 };

export function sortResults(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.family.localeCompare(b.family) || a.key.localeCompare(b.key));
}

export const TABLE_FAMILIES: readonly CheckFamilyRunner[] = [
  { family: 'footing', run: (_filing, views) => views.flatMap((v) => [...footingChecks(v), ...rollForwardChecks(v)]) },
  { family: 'identity', run: (_filing, views) => views.flatMap(identityChecks) },
];

export function viewsOf(filing: FilingFigures): TableView[] {
  return filing.tables.map((table) => tableView(table, filing.figures));
}

export function runFilingChecks(filing: FilingFigures, families: readonly CheckFamilyRunner[] = TABLE_FAMILIES): CheckResult[] {
  const views = viewsOf(filing);
  const results = families.flatMap((family) => family.run(filing, views));
  // One check per key: a table read twice (a stitched statement) must not report twice.
  const unique = new Map(results.map((r) => [r.key, r]));
  return sortResults([...unique.values()]);
}
