/**
 * Tables drawn with rules: connected rules → grid → cells (with merged cells where an
 * inner rule is missing) → text by run centre. Row-ruled tables without vertical rules
 * get their columns from white space (whitespace-columns.ts).
 */
import type { GridTable, PageGeometry, PositionedText } from '../extraction/types';
import { buildGrid } from './grid';
import { tableFromGrid } from './grid-table';
import { connectedRuleSets, rulesFromSegments, type RuleSet } from './rules';
import { stackHorizontalRules, withWhitespaceColumns } from './whitespace-columns';

export function detectRuledTables(page: PageGeometry): GridTable[] {
  const sets = connectedRuleSets(rulesFromSegments(page.segments));
  const candidates: RuleSet[] = [];
  const loose: RuleSet['horizontal'] = [];
  for (const set of sets) {
    if (set.vertical.length === 0) loose.push(...set.horizontal);
    else candidates.push(withInnerColumns(set, page.runs));
  }
  for (const stack of stackHorizontalRules(loose)) candidates.push(...withWhitespaceColumns(stack, [], page.runs));
  const tables: GridTable[] = [];
  for (const set of candidates) {
    const grid = buildGrid(set);
    if (!grid) continue;
    const table = tableFromGrid(page, grid, true);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.regions[0]!.box.y0 - b.regions[0]!.box.y0 || a.regions[0]!.box.x0 - b.regions[0]!.box.x0);
}

/** A box with row rules but no inner vertical rules: its columns are white space. */
function withInnerColumns(set: RuleSet, runs: readonly PositionedText[]): RuleSet {
  const xs = new Set(set.vertical.map((v) => Math.round(v.pos)));
  if (xs.size > 2 || set.horizontal.length < 3) return set;
  const found = withWhitespaceColumns(set.horizontal, set.vertical, runs);
  return found.length === 1 ? found[0]! : set;
}
