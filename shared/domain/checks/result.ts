/** Building CheckResults, shared by the families: one from a tie, one for what could not be evaluated. */
import type { FigureRecord } from '../../api/contract';
import type { Tie } from './tie';
import type { Bilingual, CheckFamily, CheckResult } from './types';

export interface ResultInput {
  rule: string;
  /** What makes the key unique within the rule: figure ids, or table:row:column. */
  anchor: string;
  description: Bilingual;
  figures: readonly FigureRecord[];
  reason?: Bilingual | null;
}

function base(family: CheckFamily, input: ResultInput): Pick<CheckResult, 'key' | 'family' | 'rule' | 'description' | 'figureIds'> {
  return {
    key: `${family}:${input.rule}:${input.anchor}`,
    family,
    rule: `${family}.${input.rule}`,
    description: input.description,
    figureIds: input.figures.map((f) => f.id),
  };
}

export function resultFromTie(family: CheckFamily, input: ResultInput, outcome: Tie): CheckResult {
  return {
    ...base(family, input),
    expected: outcome.expected,
    actual: outcome.actual,
    difference: outcome.difference,
    tolerance: outcome.tolerance,
    status: outcome.status,
    reason: input.reason ?? null,
  };
}

export function cannotEvaluateResult(family: CheckFamily, input: ResultInput, reason: Bilingual): CheckResult {
  return {
    ...base(family, input),
    expected: null,
    actual: input.figures[0]?.value ?? null,
    difference: null,
    tolerance: null,
    status: 'cannot_evaluate',
    reason,
  };
}
