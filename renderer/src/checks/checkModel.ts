/**
 * Pure helpers behind the Checks tab and the tickmarks: the order results are listed
 * in, which results a filter keeps, the one status a figure's tickmark shows, and how
 * a formula over figure ids becomes a template over table kinds and names.
 */
import type { CheckResultRecord, FigureRecord, TableKind } from '../../../shared/api/contract';
import { CHECK_FAMILY_NAMES, CHECK_STATUS_NAMES } from '../../../shared/api/contract';

export type CheckStatus = (typeof CHECK_STATUS_NAMES)[number];
export type CheckFamily = (typeof CHECK_FAMILY_NAMES)[number];
export const CHECK_STATUSES: readonly CheckStatus[] = ['fail', 'cannot_evaluate', 'rounding', 'pass'];
export const CHECK_FAMILIES: readonly CheckFamily[] = CHECK_FAMILY_NAMES;
export type FamilyFilter = CheckFamily | 'all';

/** Listing order: failures first, then what could not be evaluated, rounding, ties. */
const LIST_RANK: Record<CheckStatus, number> = { fail: 0, cannot_evaluate: 1, rounding: 2, pass: 3 };
/** A tickmark shows the worst status among the results that read its figure. */
const TICK_RANK: Record<CheckStatus, number> = { fail: 3, rounding: 2, pass: 1, cannot_evaluate: 0 };
/** Statuses that get a tickmark on the PDF: "cannot evaluate" says nothing about the figure. */
export const TICKED: ReadonlySet<CheckStatus> = new Set(['pass', 'rounding', 'fail']);

export const STATUS_SYMBOL: Record<CheckStatus, string> = { pass: '✓', rounding: '≈', fail: '✗', cannot_evaluate: '?' };

export function sortResults(results: readonly CheckResultRecord[]): CheckResultRecord[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => LIST_RANK[a.result.status] - LIST_RANK[b.result.status] || a.index - b.index)
    .map(({ result }) => result);
}

export type ResultFilter = { statuses: ReadonlySet<CheckStatus>; family: FamilyFilter; figureId: number | null };

export function filterResults(results: readonly CheckResultRecord[], filter: ResultFilter): CheckResultRecord[] {
  return results.filter(
    (result) =>
      filter.statuses.has(result.status) &&
      (filter.family === 'all' || result.family === filter.family) &&
      (filter.figureId === null || result.figureIds.includes(filter.figureId)),
  );
}

/** Each checked figure's tickmark status: the worst among the results reading it. */
export function figureStatuses(results: readonly CheckResultRecord[]): Map<number, CheckStatus> {
  const out = new Map<number, CheckStatus>();
  for (const result of results) {
    if (!TICKED.has(result.status)) continue;
    for (const figureId of new Set(result.figureIds)) {
      const known = out.get(figureId);
      if (!known || TICK_RANK[result.status] > TICK_RANK[known]) out.set(figureId, result.status);
    }
  }
  return out;
}

/** Inserts text at a cursor position (clamped), returning the new text and cursor. */
export function insertAt(text: string, cursor: number, insert: string): { text: string; cursor: number } {
  const at = Math.max(0, Math.min(cursor, text.length));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const padded = `${before && !/\s$/.test(before) ? ' ' : ''}${insert}${after && !/^\s/.test(after) ? ' ' : ''}`;
  return { text: before + padded + after, cursor: before.length + padded.length };
}

const FIGURE_REF = /#(\d+)/g;

export type TemplateResult =
  | { ok: true; formula: string; tableKind: TableKind | null }
  | { ok: false; figureId: number };

/**
 * `#12` → `{balance_sheet:资产总计}`: the figure's table kind and its canonical name (or
 * metric), so the formula applies to every filing. A figure outside a table cannot be named.
 */
export function toTemplate(
  formula: string,
  figures: ReadonlyMap<number, FigureRecord>,
  tableKinds: ReadonlyMap<number, TableKind>,
): TemplateResult {
  let failed: number | null = null;
  let firstKind: TableKind | null = null;
  const replaced = formula.replace(FIGURE_REF, (token, digits: string) => {
    const id = Number(digits);
    const figure = figures.get(id);
    const kind = figure?.tableId == null ? undefined : tableKinds.get(figure.tableId);
    if (!figure || !kind) {
      failed ??= id;
      return token;
    }
    firstKind ??= kind;
    return `{${kind}:${figure.canonical ?? figure.metric}}`;
  });
  return failed === null ? { ok: true, formula: replaced, tableKind: firstKind } : { ok: false, figureId: failed };
}

/** The position a formula error points at, if the API gave one. */
export function errorPosition(error: unknown): number | null {
  if (!error || typeof error !== 'object' || !('details' in error)) return null;
  const details = (error as { details?: unknown }).details;
  if (!details || typeof details !== 'object' || !('position' in details)) return null;
  const position = (details as { position?: unknown }).position;
  return typeof position === 'number' ? position : null;
}
