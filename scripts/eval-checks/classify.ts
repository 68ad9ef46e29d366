/**
 * Sorting the failures on clean tables into what caused them, for a person to judge:
 *
 *  - 'extraction': a figure the check read is not what the ground truth prints there
 *    (or could not be placed in the ground truth at all);
 *  - 'source_artifact': the table as the seed prints it is broken where the check reads.
 *    The seeds were converted from PDFs that dropped empty cells, so values slid left and
 *    rows split over lines. A body row is broken when it has a number in a text column (the
 *    label column, or one holding text in most rows, such as 附注), when it ends left of
 *    where the table's rows normally end (the header, or the most common end of rows with
 *    numbers), when it has numbers but no label, when it is a total label with no numbers,
 *    or when its seed line is a one-cell label fragment amid wider rows. A failure is an artifact when a broken row is among the rows the check read
 *    or, for a footing, anywhere in the block it sums. Checks that find their columns by
 *    header (roll-forwards, ratios) are also broken by header rows ending left of the body;
 *  - 'unexplained': faithful extraction of an intact table, yet the check fails: either the
 *    check's logic is wrong or the filing is genuinely inconsistent. These are the false alarms.
 */
import { isTotalLabel } from '../../shared/domain/checks/footing';
import { parseNumber } from '../../shared/domain/numbers';
import { isNumericCell } from '../../tests/fixtures/seed-parse';
import type { CellPos, Rows } from './align';
import type { CheckRead } from './mutate';

export type FailCause = 'extraction' | 'source_artifact' | 'unexplained';

/** A table figure a check read: its extracted value, and the ground-truth text where it was placed (null: not placed). */
export interface ReadFigure {
  readonly value: string;
  readonly pos: CellPos | null;
  readonly printed: string | null;
}

export interface TableShape {
  readonly rows: Rows;
  readonly headerRows: number;
  /** Cells per row in the seed line, when known: a one-cell line amid wider rows is a label fragment. */
  readonly rawLengths: readonly number[] | null;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** A row's length up to its last filled cell: the seed rows are padded, and a slid row ends early. */
function filledLength(row: readonly string[]): number {
  return row.reduce((last, cell, i) => (cell.trim() === '' ? last : i + 1), 0);
}

const hasNumbers = (row: readonly string[]): boolean => row.some(isNumericCell);

function numberRows(shape: TableShape): number[] {
  return shape.rows.flatMap((row, r) => (r >= shape.headerRows && hasNumbers(row) ? [r] : []));
}

/** Columns that hold text in most body rows (附注, 限售原因 …): a number there slid in from its right. */
function textColumns(shape: TableShape): Set<number> {
  const body = shape.rows.slice(shape.headerRows);
  const width = Math.max(0, ...body.map((row) => row.length));
  const columns = new Set<number>([0]);
  for (let c = 1; c < width; c += 1) {
    const cells = body.map((row) => row[c] ?? '').filter((cell) => cell.trim() !== '');
    const numbers = cells.filter(isNumericCell).length;
    if (cells.length - numbers > numbers) columns.add(c);
  }
  return columns;
}

function usualLength(shape: TableShape): number {
  const header = Math.max(0, ...shape.rows.slice(0, shape.headerRows).map(filledLength));
  return Math.max(header, mostCommon(numberRows(shape).map((r) => filledLength(shape.rows[r] ?? []))));
}

function rowDefect(shape: TableShape, r: number, textCols: ReadonlySet<number>, usual: number): string | null {
  const row = shape.rows[r] ?? [];
  const label = (row[0] ?? '').trim();
  if (!hasNumbers(row)) {
    if (isTotalLabel(label) && numberRows(shape).length > 0) return `row ${r} "${label}" is a total without numbers (a row split over lines)`;
    const fragment = shape.rawLengths?.[r] === 1 && usual > 2 && label !== '' && !/[:：]$/u.test(label);
    return fragment ? `row ${r} "${label}" is a one-cell label fragment (its row's numbers are lost or elsewhere)` : null;
  }
  const misplaced = row.findIndex((cell, c) => textCols.has(c) && isNumericCell(cell));
  if (misplaced >= 0) return `row ${r} has the number "${row[misplaced]}" in text column ${misplaced} (values slid left)`;
  if (label === '') return `row ${r} has numbers but no label (a row split over lines)`;
  const length = filledLength(row);
  return length < usual ? `row ${r} ends at column ${length}, the table's rows at ${usual} (values slid left)` : null;
}

/** Broken body rows of a table, each with why. */
export function brokenRows(shape: TableShape): Map<number, string> {
  const textCols = textColumns(shape);
  const usual = usualLength(shape);
  const broken = new Map<number, string>();
  shape.rows.forEach((_, r) => {
    if (r < shape.headerRows) return;
    const defect = rowDefect(shape, r, textCols, usual);
    if (defect !== null) broken.set(r, defect);
  });
  return broken;
}

/**
 * Why the header cannot be trusted for finding columns, or null: it ends left of the body
 * rows, or a second header row has a heading over the label column (sub-headings sit under
 * their group, right of the label column; there they slid left).
 */
export function brokenHeader(shape: TableShape): string | null {
  if (shape.headerRows === 0) return null;
  const header = Math.max(0, ...shape.rows.slice(0, shape.headerRows).map(filledLength));
  const body = mostCommon(numberRows(shape).map((r) => filledLength(shape.rows[r] ?? [])));
  if (header < body) return `header rows end at column ${header}, body rows at ${body} (column headings slid left)`;
  const slid = shape.rows.slice(1, shape.headerRows).findIndex((row) => (row[0] ?? '').trim() !== '');
  return slid >= 0 ? `header row ${slid + 1} has "${shape.rows[slid + 1]?.[0] ?? ''}" over the label column (sub-headings slid left)` : null;
}

/**
 * Rows whose breakage can explain a failure: those the check read and, for a footing, every
 * row of the block it sums, from the total above it (a row that lost its value in this
 * column is not read, yet it is why the sum is short).
 */
function rowsBehind(read: CheckRead, shape: TableShape): number[] {
  const rows = new Set(read.cells.map((c) => c.row));
  if (read.rule !== 'footing.total' || read.anchor === null || rows.size === 0) return [...rows];
  const first = Math.min(...rows);
  let start = first;
  while (start > shape.headerRows && !isTotalLabel((shape.rows[start - 1]?.[0] ?? '').trim())) start -= 1;
  const from = Math.max(shape.headerRows, start - 1);
  for (let r = from; r <= read.anchor.row; r += 1) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** Figures whose value differs from the ground-truth text at their place, or that have no place. */
export function extractionIssues(figures: readonly ReadFigure[]): string[] {
  return figures.flatMap((figure) => {
    if (figure.pos === null || figure.printed === null) return [`figure ${figure.value} not found in the ground truth`];
    const parsed = parseNumber(figure.printed);
    const printed = parsed.kind === 'number' ? parsed.value : null;
    return printed === figure.value ? [] : [`r${figure.pos.row}c${figure.pos.col} read ${figure.value}, printed "${figure.printed}"`];
  });
}

/** Rules that find columns by their headers rather than by position. */
function readsColumnsByHeader(rule: string): boolean {
  return !rule.startsWith('footing.total') && !rule.startsWith('identity.');
}

export function classifyFailure(read: CheckRead, figures: readonly ReadFigure[], shape: TableShape): { cause: FailCause; why: string } {
  const issues = extractionIssues(figures);
  if (issues.length > 0) return { cause: 'extraction', why: issues.join('; ') };
  const broken = brokenRows(shape);
  const reasons = rowsBehind(read, shape).flatMap((r) => (broken.has(r) ? [broken.get(r)!] : []));
  const header = readsColumnsByHeader(read.rule) ? brokenHeader(shape) : null;
  if (header) reasons.push(header);
  if (reasons.length > 0) return { cause: 'source_artifact', why: reasons.join('; ') };
  return { cause: 'unexplained', why: 'extraction matches the ground truth and the rows read are intact' };
}
