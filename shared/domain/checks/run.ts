/**
 * All built-in checks of one filing, in one pure call: footing, roll-forwards and
 * identities per table, then the families that read across tables and filings.
 * Results come back failures first, then by family and key, so output is stable.
 */
import { consistencyChecks } from './consistency';
import { crossFilingChecks } from './cross-filing';
import { evaluateFormula, filingResolver, parseFormula } from './formula';
import { policyChecks, type PolicyContext, type PolicyRuleSet } from './policy';
import { ratioChecks } from './ratios';
import { identityChecks, footingChecks, rollForwardChecks } from './statement-checks';
import { tableView, type TableView } from './table-view';
import type { CheckResult, CheckStatus, FilingFigures } from './types';

export interface CheckFamilyRunner {
  family: string;
  run(filing: FilingFigures, views: readonly TableView[]): CheckResult[];
}

const CROSS_TABLE_KINDS = new Set(['key_figures', 'balance_sheet', 'income_statement', 'cash_flow', 'related_party']);

const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, cannot_evaluate: 1, rounding: 2, pass: 3 };

export function sortResults(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.family.localeCompare(b.family) || a.key.localeCompare(b.key));
}

/** The families that read one filing alone. */
export const TABLE_FAMILIES: readonly CheckFamilyRunner[] = [
  { family: 'footing', run: (_filing, views) => views.flatMap((v) => [...footingChecks(v), ...rollForwardChecks(v)]) },
  { family: 'identity', run: (_filing, views) => views.flatMap(identityChecks) },
  { family: 'ratio', run: ratioChecks },
  { family: 'consistency', run: consistencyChecks },
];

export interface CustomCheckDefinition {
  id: number;
  name: string;
  formula: string;
  /** A template applies to every filing: it reports only where the filing has its figures. */
  template: boolean;
}

/** What a filing is checked against beyond itself. */
export interface CheckEnvironment {
  /** Filings of the same company, for cross-filing checks. */
  peers?: readonly FilingFigures[];
  /** The related-party approval rule set in force, with what it needs to know. */
  policy?: { ruleSet: PolicyRuleSet; context: PolicyContext };
  /** The reviewer's own formulas for this filing, and templates that apply to it. */
  custom?: readonly CustomCheckDefinition[];
}

function environmentFamilies(environment: CheckEnvironment): CheckFamilyRunner[] {
  const families: CheckFamilyRunner[] = [];
  if (environment.peers?.length) families.push({ family: 'cross_filing', run: (filing) => crossFilingChecks(filing, environment.peers!) });
  const policy = environment.policy;
  if (policy) families.push({ family: 'policy', run: (filing, views) => policyChecks(filing, views, policy.ruleSet, policy.context) });
  if (environment.custom?.length) {
    families.push({
      family: 'custom',
      run: (filing) => {
        const resolve = filingResolver(filing);
        // A template whose figures this filing does not have is not reported at all.
        return environment.custom!.flatMap((c) => {
          const result = { ...evaluateFormula(parseFormula(c.formula), resolve), key: `custom:${c.id}` };
          const describe = { zh: `${c.name}：${c.formula}`, en: `${c.name}: ${c.formula}` };
          return c.template && result.status === 'cannot_evaluate' ? [] : [{ ...result, description: describe }];
        });
      },
    });
  }
  return families;
}

export function viewsOf(filing: FilingFigures): TableView[] {
  return filing.tables.map((table) => tableView(table, filing.figures));
}

/**
 * Only the checks that read the given figures (after a correction): the table families on
 * the tables holding them, the cross-table families filtered to results reading them.
 */
export function runChecksInvolving(filing: FilingFigures, figureIds: readonly number[], environment: CheckEnvironment = {}): CheckResult[] {
  const wanted = new Set(figureIds);
  const tableIds = new Set(filing.figures.filter((f) => wanted.has(f.id) && f.tableId !== null).map((f) => f.tableId!));
  const views = filing.tables.filter((t) => tableIds.has(t.id)).map((table) => tableView(table, filing.figures));
  const local = TABLE_FAMILIES.filter((f) => f.family !== 'consistency').flatMap((family) => family.run(filing, views));
  // Consistency compares across tables, but only statements, key figures and related-party
  // tables take part: rebuilding those alone keeps a re-check fast on a 170-table report.
  const consistencyViews = filing.tables
    .filter((t) => tableIds.has(t.id) || CROSS_TABLE_KINDS.has(t.kind))
    .map((table) => (tableIds.has(table.id) ? views.find((v) => v.table.id === table.id)! : tableView(table, filing.figures, false)));
  const across = [TABLE_FAMILIES.find((f) => f.family === 'consistency')!, ...environmentFamilies(environment)].flatMap((family) =>
    family.run(filing, family.family === 'consistency' ? consistencyViews : views),
  );
  const results = [...local, ...across].filter((r) => r.figureIds.some((id) => wanted.has(id)));
  return sortResults([...new Map(results.map((r) => [r.key, r])).values()]);
}

export function runFilingChecks(filing: FilingFigures, environment: CheckEnvironment = {}): CheckResult[] {
  const views = viewsOf(filing);
  const families = [...TABLE_FAMILIES, ...environmentFamilies(environment)];
  const results = families.flatMap((family) => family.run(filing, views));
  // One check per key: a table read twice (a stitched statement) must not report twice.
  const unique = new Map(results.map((r) => [r.key, r]));
  return sortResults([...unique.values()]);
}
