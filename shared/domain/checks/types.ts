/**
 * Check results (勾稽): every check is a pure function from figures to results. A result
 * names the figures it compared, what was expected and what is printed, the difference,
 * the tolerance printed precision allows, and a status; or says why it could not run.
 */
import type { FigureRecord } from '../../api/contract';

export const CHECK_FAMILIES = ['footing', 'identity', 'ratio', 'consistency', 'cross_filing', 'policy', 'custom'] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

export const CHECK_STATUSES = ['pass', 'rounding', 'fail', 'cannot_evaluate'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CheckResult {
  /** Stable across runs for the same check of the same figures: family:rule:anchor. */
  key: string;
  family: CheckFamily;
  /** The rule within the family, e.g. 'footing.total', 'identity.assets', 'ratio.yoy'. */
  rule: string;
  description: Bilingual;
  /** Every figure the check read; the first is the one checked (the total, the printed ratio). */
  figureIds: number[];
  /** Exact decimal strings in the unit of `actual`; null when the check could not compute them. */
  expected: string | null;
  actual: string | null;
  difference: string | null;
  tolerance: string | null;
  status: CheckStatus;
  /** Why a check could not be evaluated, or a note on how it was read. */
  reason: Bilingual | null;
}

/** What the checks of one filing read: its figures, and the tables they sit in. */
export interface FilingFigures {
  documentId: number;
  securityCode: string | null;
  documentType: string;
  reportPeriod: string | null;
  figures: readonly FigureRecord[];
  tables: readonly CheckTable[];
}

export interface CheckTable {
  id: number;
  title: string | null;
  kind: string;
  headerRows: number;
  unit: string | null;
  scale: string | null;
  /** Every cell with its position: labels, empty markers and numbers alike. */
  cells: readonly { row: number; col: number; text: string; valueKind: 'number' | 'empty' | 'text'; isHeader: boolean }[];
}
